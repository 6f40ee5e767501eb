import type { Cast, Place, Role } from "./matrice-cast";

/**
 * The role × route matrix: every page and GET route handler of app/, and what each role gets there.
 *
 * Out of the matrix, on purpose: server actions (POST requests to a page, checked by each use case's
 * integration tests) and route handlers without GET (declared "postOnly" below, so that a new one is still
 * noticed). A route of app/ missing here makes the matrix spec fail with its name.
 */

const ALL: readonly Role[] = ["national", "dreets", "ud", "centre", "centre2", "dreetsAutre"];
const AGENTS: readonly Role[] = ["national", "dreets", "ud", "dreetsAutre"];
const NATIONAL: readonly Role[] = ["national"];

/** The object a request opens, at a place: the route's parameters and its query string. */
export type Target = (cast: Cast, place: Place) => { params?: Record<string, string>; query?: string };

export type RouteRule =
  /** Answers without a session (probe: the URL to request, for a catch-all route). */
  | { access: "public"; probe?: string; /** What the probe answers when not 200 (a redirect to the public page that explains). */ status?: number }
  | { access: "postOnly" }
  | {
      /** Roles that may open the route; for every other role it does not exist (404). */
      access: readonly Role[];
      /** The object opened in and out of scope; absent for a static route. */
      target?: Target;
      /** false for référentiels: every role sees every row, so only an unknown id answers 404. */
      scoped?: boolean;
      /** Parameters of an object that does not exist: 404 (asked as national). */
      unknown?: Record<string, string>;
      /** The normal answer in scope (default 200). */
      ok?: number;
      /** The answer out of scope for a role that may open the route (default 404). */
      outOfScope?: (role: Role) => number;
      /** Anonymous visitors: sent to /connexion (default), or 401 for the API the comboboxes call. */
      anonymous?: "redirect" | 401;
    };

const NOWHERE = "00000000-0000-4000-8000-000000000000";
const centre: Target = (c, p) => ({ params: { id: c.places[p].centreId } });
const jure: Target = (c, p) => ({ params: { id: c.places[p].jureId } });
const habilitation: Target = (c, p) => ({ params: { id: c.places[p].habilitationId } });
const titre: Target = (c) => ({ params: { id: c.titre.id } });
const version: Target = (c) => ({ params: { id: c.titre.id, versionId: c.titre.versionId } });
const convocation: Target = (c, p) => ({ query: `version=${c.titre.versionId}&du=2027-03-15&au=2027-03-16&siret=${c.places[p].siret}` });
const session: Target = (c, p) => ({ params: { id: c.places[p].sessionId } });
const candidat: Target = (c, p) => ({ params: { id: c.places[p].candidatId } });
const isCentre = (role: Role) => role === "centre" || role === "centre2";

export const MATRIX: Record<string, RouteRule> = {
  // Public pages, and Auth.js's own endpoints.
  "/connexion": { access: "public" },
  "/mentions-legales": { access: "public" },
  "/accessibilite": { access: "public" },
  "/api/auth/[...nextauth]": { access: "public", probe: "/api/auth/providers" },

  // Public verification of parchemins (issue 13, part 5): an unknown number answers 200 like any other.
  "/verifier": { access: "public" },
  "/verifier/[numero]": { access: "public", probe: "/verifier/7KQ2-M9XD-4TB" },
  "/verifier/hors-ligne": { access: "public" },
  "/.well-known/ceres-parchemins.pub": { access: "public" },

  "/": { access: ALL },
  "/api/communes": { access: ALL, target: () => ({ query: "q=Bagnols" }), scoped: false, anonymous: 401 },
  "/api/pays": { access: ALL, target: () => ({ query: "q=Maroc" }), scoped: false, anonymous: 401 },

  "/agrements": { access: AGENTS },
  "/agrements/import": { access: AGENTS },
  "/agrements/[id]": { access: ALL, target: (c, p) => ({ params: { id: c.places[p].agrementId } }), unknown: { id: NOWHERE } },

  "/centres": { access: AGENTS },
  "/centres/nouveau": { access: AGENTS },
  "/centres/export": { access: AGENTS },
  "/centres/[id]": { access: ALL, target: centre, unknown: { id: NOWHERE } },
  "/centres/[id]/agrements": { access: ALL, target: centre, unknown: { id: NOWHERE } },
  "/centres/[id]/historique": { access: ALL, target: centre, unknown: { id: NOWHERE } },
  "/centres/[id]/sites": { access: ALL, target: centre, unknown: { id: NOWHERE } },

  "/candidats/doublons/analyse": { access: NATIONAL },
  "/candidats/doublons": { access: AGENTS },
  "/candidats/doublons/[id]": { access: AGENTS, target: (c, p) => ({ params: { id: c.places[p].doublonId } }), unknown: { id: NOWHERE } },
  "/candidats/doublons/fusions/[fusionId]": { access: AGENTS, target: (c, p) => ({ params: { fusionId: c.places[p].fusionId } }), unknown: { fusionId: NOWHERE } },
  "/jures": { access: AGENTS },
  "/jures/nouveau": { access: AGENTS },
  "/jures/import": { access: AGENTS },
  "/jures/[id]": { access: AGENTS, target: jure, unknown: { id: NOWHERE } },
  "/jures/[id]/habilitations": { access: AGENTS, target: jure, unknown: { id: NOWHERE } },
  "/jures/[id]/historique": { access: AGENTS, target: jure, unknown: { id: NOWHERE } },
  "/jures/[id]/liens": { access: AGENTS, target: jure, unknown: { id: NOWHERE } },
  "/jures/habilitations/[id]": { access: AGENTS, target: habilitation, unknown: { id: NOWHERE } },
  "/jures/habilitations/[id]/historique": { access: AGENTS, target: habilitation, unknown: { id: NOWHERE } },
  // A search form: an agent's SIRET out of scope is a field error on the form (200) or a refused export
  // (400), which says no more than "no centre of your scope has it"; a centre naming another one gets 404.
  "/jures/a-convoquer": { access: ALL, target: convocation, outOfScope: (role) => (isCentre(role) ? 404 : 200) },
  "/jures/a-convoquer/export": { access: ALL, target: convocation, outOfScope: (role) => (isCentre(role) ? 404 : 400) },

  "/referentiels/communes": { access: ALL },
  "/referentiels/nsf": { access: ALL },
  "/referentiels/nsf/export": { access: ALL },
  "/referentiels/territoires": { access: ALL },
  "/referentiels/territoires/export": { access: ALL },
  "/referentiels/territoires/[code]": { access: ALL, target: (c) => ({ params: { code: c.departementCode } }), scoped: false, unknown: { code: "00" } },
  "/referentiels/territoires/[code]/historique": { access: ALL, target: (c) => ({ params: { code: c.departementCode } }), scoped: false, unknown: { code: "00" } },

  "/titres": { access: ALL },
  "/titres/export": { access: ALL },
  "/titres/nouveau": { access: NATIONAL },
  "/titres/import": { access: NATIONAL },
  "/titres/[id]": { access: ALL, target: titre, scoped: false, unknown: { id: NOWHERE } },
  "/titres/[id]/historique": { access: ALL, target: titre, scoped: false, unknown: { id: NOWHERE } },
  "/titres/[id]/modifier": { access: NATIONAL, target: titre, scoped: false, unknown: { id: NOWHERE } },
  "/titres/[id]/versions/nouveau": { access: NATIONAL, target: titre, scoped: false, unknown: { id: NOWHERE } },
  "/titres/[id]/versions/[versionId]/modifier": { access: NATIONAL, target: version, scoped: false, unknown: { id: NOWHERE, versionId: NOWHERE } },
  "/titres/[id]/versions/[versionId]/ccps/nouveau": { access: NATIONAL, target: version, scoped: false, unknown: { id: NOWHERE, versionId: NOWHERE } },
  "/titres/[id]/versions/[versionId]/ccps/[ccpId]/modifier": {
    access: NATIONAL,
    target: (c) => ({ params: { id: c.titre.id, versionId: c.titre.versionId, ccpId: c.titre.ccpId } }),
    scoped: false,
    unknown: { id: NOWHERE, versionId: NOWHERE, ccpId: NOWHERE },
  },

  "/sessions": { access: ALL },
  "/sessions/nouvelle": { access: ALL },
  "/sessions/export": { access: ALL },
  "/sessions/[id]": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/candidats": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/candidats/nouveau": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/candidats/import": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/resultats": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/historique": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/jury": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/documents": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/documents/convocations": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/documents/convocations/[jureId]": {
    access: ALL,
    target: (c, p) => ({ params: { id: c.places[p].sessionId, jureId: c.places[p].jureId } }),
    unknown: { id: NOWHERE, jureId: NOWHERE },
  },

  // Résultats (saisie, émargement): one attendance sheet per day of the session (the cast's sessions start on 2027-03-15).
  "/sessions/[id]/documents/emargement/[jour]": {
    access: ALL,
    target: (c, p) => ({ params: { id: c.places[p].sessionId, jour: "2027-03-15" } }),
    unknown: { id: NOWHERE, jour: "2027-03-15" },
  },
  // Validation des résultats (issue 12 : PV, transmission, file de l'UD, validation, rectification). The PV
  // exists for every session in scope; the signed scan only once a centre attached one (none in the cast).
  "/sessions/[id]/documents/pv": { access: ALL, target: session, unknown: { id: NOWHERE } },
  "/sessions/[id]/documents/pv-signe": { access: ALL, target: session, unknown: { id: NOWHERE }, ok: 404 },
  "/validations": { access: AGENTS },
  "/validations/[id]": { access: AGENTS, target: session, unknown: { id: NOWHERE } },

  "/candidats": { access: ALL },
  "/candidats/nouveau": { access: ALL },
  "/candidats/export": { access: ALL },
  "/candidats/[id]": { access: ALL, target: candidat, unknown: { id: NOWHERE } },
  "/candidats/[id]/historique": { access: ALL, target: candidat, unknown: { id: NOWHERE } },
  "/candidats/[id]/modifier": { access: ALL, target: candidat, unknown: { id: NOWHERE } },

  // Livrets de certification (issue 12): the candidate page's scope.
  "/candidats/[id]/livrets/[livretId]": {
    access: ALL,
    target: (c, p) => ({ params: { id: c.places[p].candidatId, livretId: c.places[p].livretId } }),
    unknown: { id: NOWHERE, livretId: NOWHERE },
  },
  // Parchemins (issue 13): issued and printed by the State's agents, never by a centre (R9: 404 for it).
  // The PDF routes render a recorded print only: the matrix's parchemins are never printed, so 404 in scope.
  "/parchemins/[id]": { access: AGENTS, target: (c, p) => ({ params: { id: c.places[p].parcheminId } }), unknown: { id: NOWHERE } },
  "/parchemins/[id]/pdf": { access: AGENTS, target: (c, p) => ({ params: { id: c.places[p].parcheminId } }), unknown: { id: NOWHERE }, ok: 404 },
  "/sessions/[id]/documents/parchemins": { access: AGENTS, target: session, unknown: { id: NOWHERE }, ok: 404 },
  "/telechargement/[token]": { access: "public", probe: "/telechargement/jeton-inconnu-de-la-matrice-0000000000" },
  // An unknown token's PDF sends the visitor to the link's page, which says the link is invalid or expired.
  "/telechargement/[token]/pdf": { access: "public", probe: "/telechargement/jeton-inconnu-de-la-matrice-0000000000/pdf", status: 303 },
  "/titres/sans-nsf": { access: NATIONAL },

  "/utilisateurs": { access: NATIONAL },
  "/utilisateurs/nouveau": { access: NATIONAL },
  "/utilisateurs/export": { access: NATIONAL },
  "/utilisateurs/[id]": { access: NATIONAL, target: (c) => ({ params: { id: c.accountId } }), scoped: false, unknown: { id: NOWHERE } },
  "/utilisateurs/[id]/historique": { access: NATIONAL, target: (c) => ({ params: { id: c.accountId } }), scoped: false, unknown: { id: NOWHERE } },
};
