import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { sessionDefaults } from "@/lib/sessions/defaults";
import { listCreationOptions, searchCentresForSession } from "@/lib/sessions/creation-options";
import type { SearchParams } from "@/lib/table/list-params";
import { SessionCreateForm } from "./SessionCreateForm";

export const metadata: Metadata = { title: "Créer une session" };

function one(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** An agent first chooses the centre (by SIRET or from the centres of the territory), then fills the session. */
async function CentrePicker({ user, siret }: { user: Parameters<typeof searchCentresForSession>[0]; siret: string | undefined }) {
  const centres = await searchCentresForSession(user, siret);
  return (
    <form method="get" action="/sessions/nouvelle" className="fr-mb-4w" aria-labelledby="choix-centre">
      <h2 id="choix-centre" className="fr-h4">
        Pour quel centre ?
      </h2>
      <p className="fr-hint-text">Vous créez la session au nom d&apos;un centre de votre périmètre.</p>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="centre">
          Centre
          <span className="fr-hint-text">{siret ? `Centres dont le SIRET commence par ${siret}` : "Les centres de votre périmètre, par raison sociale"}</span>
        </label>
        <select className="fr-select" id="centre" name="centre" required defaultValue="">
          <option value="" disabled>
            Choisissez le centre
          </option>
          {centres.map((c) => (
            <option key={c.id} value={c.id}>
              {c.raisonSociale} — {c.siret} ({c.communeNom})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="fr-btn">
        Continuer
      </button>
      {centres.length === 0 && <p className="fr-error-text">Aucun centre de votre périmètre ne correspond.</p>}
    </form>
  );
}

export default async function NewSessionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = await searchParams;
  const centreId = user.role === "centre" ? user.centreId : one(query.centre);
  const siret = one(query.siret)?.replace(/\s/g, "");
  const options = centreId ? await listCreationOptions(user, centreId) : null;
  if (centreId && !options) notFound();
  return (
    <>
      <Breadcrumb currentPageLabel="Créer une session" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Sessions", linkProps: { href: "/sessions" } }]} />
      <h1>Créer une session</h1>
      {!options ? (
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-lg-8">
            <CentrePicker user={user} siret={siret} />
            <form method="get" action="/sessions/nouvelle" id="siret" role="search" aria-label="Chercher un centre par SIRET">
              <div className="fr-input-group">
                <label className="fr-label" htmlFor="siret-centre">
                  SIRET du centre
                  <span className="fr-hint-text">14 chiffres, ou leur début ; espaces acceptés</span>
                </label>
                <input className="fr-input" id="siret-centre" name="siret" defaultValue={siret ?? ""} inputMode="numeric" />
              </div>
              <button type="submit" className="fr-btn fr-btn--secondary">
                Chercher
              </button>
            </form>
          </div>
        </div>
      ) : (
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-lg-8">
            <p className="fr-text--lead">
              {options.centre.raisonSociale} <span className="fr-text--sm">(SIRET {options.centre.siret})</span>
              {user.role !== "centre" && (
                <>
                  {" "}
                  <Link className="fr-link fr-text--sm" href="/sessions/nouvelle">
                    Changer de centre
                  </Link>
                </>
              )}
            </p>
            {options.versions.length ? (
              <SessionCreateForm centreId={options.centre.id} versions={options.versions} defaults={sessionDefaults()} />
            ) : (
              <Alert
                severity="warning"
                title="Aucune session ne peut être ouverte aujourd'hui"
                description={options.hasSites ? "Le centre n'a d'agrément valide aujourd'hui pour aucun titre sur aucun de ses sites." : "Le centre n'a aucun site d'examen enregistré."}
              />
            )}
            {options.refusals.length > 0 && (
              <section className="fr-mt-4w" aria-labelledby="titre-refus">
                <h2 id="titre-refus" className="fr-h6">
                  Ce que le centre ne peut pas ouvrir aujourd&apos;hui, et pourquoi
                </h2>
                <ul data-testid="refus-r1">
                  {options.refusals.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                {options.moreRefusals > 0 && <p className="fr-hint-text">Et {options.moreRefusals} autre{options.moreRefusals > 1 ? "s" : ""} titre ou site.</p>}
              </section>
            )}
          </div>
        </div>
      )}
    </>
  );
}
