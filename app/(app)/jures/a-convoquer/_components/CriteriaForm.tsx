import type { CriteriaForm as Values } from "@/lib/jures/convocation-criteria";

type Props = {
  values: Values;
  errors: Partial<Record<keyof Values, string>>;
  versions: { value: string; label: string }[];
  /** A centre user's own centre, fixed; agents type the SIRET. */
  centre: { raisonSociale: string; siret: string } | null;
};

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`fr-input-group fr-mb-0${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && (
        <p className="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The session the list is for, as a plain GET form: the list is a link that can be shared. */
export function CriteriaForm({ values, errors, versions, centre }: Props) {
  const invalid = (name: keyof Values) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `critere-${name}-erreur` } : {});
  return (
    <form method="get" action="/jures/a-convoquer" className="fr-p-3w fr-mb-4w fr-background-alt--grey" aria-label="Session pour laquelle convoquer un jury">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-lg-5">
          <div className={`fr-select-group fr-mb-0${errors.version ? " fr-select-group--error" : ""}`}>
            <label className="fr-label" htmlFor="critere-version">
              Titre et version de la session
            </label>
            <select className="fr-select" id="critere-version" name="version" defaultValue={values.version} {...invalid("version")}>
              <option value="">Choisissez une version</option>
              {versions.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </select>
            {errors.version && (
              <p className="fr-error-text" id="critere-version-erreur">
                {errors.version}
              </p>
            )}
          </div>
        </div>
        <div className="fr-col-6 fr-col-lg-2">
          <Field id="critere-du" label="Premier jour" error={errors.du}>
            <input className="fr-input" type="date" id="critere-du" name="du" defaultValue={values.du} {...invalid("du")} />
          </Field>
        </div>
        <div className="fr-col-6 fr-col-lg-2">
          <Field id="critere-au" label="Dernier jour" error={errors.au}>
            <input className="fr-input" type="date" id="critere-au" name="au" defaultValue={values.au} {...invalid("au")} />
          </Field>
        </div>
        <div className="fr-col-12 fr-col-lg-3">
          {centre ? (
            <p className="fr-mb-0">
              Centre : <strong>{centre.raisonSociale}</strong>
              <br />
              <span className="fr-text--sm">SIRET {centre.siret}</span>
            </p>
          ) : (
            <Field id="critere-siret" label="SIRET du centre" error={errors.siret}>
              <input className="fr-input" id="critere-siret" name="siret" inputMode="numeric" autoComplete="off" defaultValue={values.siret} {...invalid("siret")} />
            </Field>
          )}
        </div>
        <div className="fr-col-12">
          <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left">
            Afficher les jurés
          </button>
        </div>
      </div>
    </form>
  );
}
