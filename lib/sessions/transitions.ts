import type { SessionStatut, UserRole } from "@/db/schema";

/**
 * Every change of a session's state, as data (DESIGN.md "Status machines"): anything not in this table is
 * refused. `roles` say who may fire a transition; the perimeter (DOMAIN R9) is checked by the query that
 * loads the session, so a UD only ever reaches the sessions held in its département. Transitions marked
 * `automatique` are fired by the jury's size, never by a button.
 */
export const SESSION_TRANSITIONS = {
  declarer: { from: ["brouillon"], to: "declaree", roles: ["centre", "regional", "national"], motif: false, automatique: false },
  constituer_jury: { from: ["declaree"], to: "jury_constitue", roles: ["centre", "regional", "national"], motif: false, automatique: true },
  defaire_jury: { from: ["jury_constitue"], to: "declaree", roles: ["centre", "regional", "national"], motif: false, automatique: true },
  saisir_resultats: { from: ["jury_constitue"], to: "resultats_saisis", roles: ["centre", "regional", "national"], motif: false, automatique: false },
  transmettre: { from: ["resultats_saisis"], to: "transmise", roles: ["centre", "regional", "national"], motif: false, automatique: false },
  renvoyer: { from: ["transmise"], to: "resultats_saisis", roles: ["regional", "national"], motif: true, automatique: false },
  valider: { from: ["transmise"], to: "validee", roles: ["regional", "national"], motif: false, automatique: false },
  annuler: { from: ["brouillon", "declaree", "jury_constitue"], to: "annulee", roles: ["centre", "regional", "national"], motif: true, automatique: false },
} as const satisfies Record<
  string,
  { from: readonly SessionStatut[]; to: SessionStatut; roles: readonly UserRole[]; motif: boolean; automatique: boolean }
>;

export type SessionTransition = keyof typeof SESSION_TRANSITIONS;

export const sessionTransitionLabels: Record<SessionTransition, string> = {
  declarer: "Déclaration de la session",
  constituer_jury: "Jury constitué",
  defaire_jury: "Jury incomplet",
  saisir_resultats: "Résultats saisis",
  transmettre: "Transmission à l'unité départementale",
  renvoyer: "Renvoi au centre",
  valider: "Validation des résultats",
  annuler: "Annulation",
};

export const sessionStatutLabels: Record<SessionStatut, string> = {
  brouillon: "Brouillon",
  declaree: "Déclarée",
  jury_constitue: "Jury constitué",
  resultats_saisis: "Résultats saisis",
  transmise: "Transmise",
  validee: "Validée",
  annulee: "Annulée",
};

/** States in which the session's days, time, site, capacity and jury may still change. */
export const SESSION_MODIFIABLE: readonly SessionStatut[] = ["brouillon", "declaree", "jury_constitue"];

/** States in which jurors may be convened or removed: once declared, until results are entered. */
export const JURY_MODIFIABLE: readonly SessionStatut[] = ["declaree", "jury_constitue"];

/** A jury needs at least two habilitated jurors (DOMAIN R4). */
export const JURY_MINIMUM = 2;

export type SessionTransitionCheck = { ok: true; to: SessionStatut } | { ok: false; message: string };

export function checkSessionTransition(
  transition: SessionTransition,
  from: SessionStatut,
  role: UserRole,
  motif?: string | null,
): SessionTransitionCheck {
  const rule = SESSION_TRANSITIONS[transition];
  if (!(rule.roles as readonly UserRole[]).includes(role)) return { ok: false, message: "Cette action n'est pas ouverte à votre rôle." };
  if (!(rule.from as readonly SessionStatut[]).includes(from)) {
    return { ok: false, message: `Impossible : la session est à l'état « ${sessionStatutLabels[from]} ». Rechargez la page.` };
  }
  if (rule.motif && !motif?.trim()) return { ok: false, message: "Indiquez le motif." };
  return { ok: true, to: rule.to };
}

/** The transitions a user may fire by hand from a state (the buttons of the session page). */
export function availableTransitions(from: SessionStatut, role: UserRole): SessionTransition[] {
  return (Object.keys(SESSION_TRANSITIONS) as SessionTransition[]).filter((t) => {
    const rule = SESSION_TRANSITIONS[t];
    return !rule.automatique && (rule.from as readonly SessionStatut[]).includes(from) && (rule.roles as readonly UserRole[]).includes(role);
  });
}

/** The state a jury of `size` eligible jurors puts a declared session in (the automatic transitions). */
export function juryTransition(from: SessionStatut, size: number): "constituer_jury" | "defaire_jury" | null {
  if (from === "declaree" && size >= JURY_MINIMUM) return "constituer_jury";
  if (from === "jury_constitue" && size < JURY_MINIMUM) return "defaire_jury";
  return null;
}
