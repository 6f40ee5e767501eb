import { isIsoDate } from "@/lib/dates";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/auth-session";
import { getCommuneWithHistory } from "@/lib/communes/queries";
import type { SearchParams } from "@/lib/table/list-params";
import { BirthPlaceCheck } from "./_components/BirthPlaceCheck";
import { CommuneDetails } from "./_components/CommuneDetails";
import { CommuneSearchPanel } from "./_components/CommuneSearchPanel";

export const metadata: Metadata = { title: "Communes" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CommunesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const mode = first(params.mode) === "date" ? "asOf" : "current";
  const date = first(params.date) ?? "";
  const code = first(params.code)?.toUpperCase();
  const commune = code
    ? await getCommuneWithHistory(code, { validFrom: isIsoDate(first(params.depuis) ?? "") ? first(params.depuis) : undefined, kind: first(params.nature) })
    : null;
  const selected = commune?.selected;
  return (
    <>
      <h1>Communes</h1>
      <p className="fr-text--lead fr-mb-4w">
        Le code officiel géographique de l&apos;INSEE : les communes d&apos;aujourd&apos;hui, leurs communes déléguées et associées, les
        arrondissements de Paris, Lyon et Marseille, et les communes qui n&apos;existent plus depuis 1943.
      </p>
      <CommuneSearchPanel
        mode={mode}
        date={isIsoDate(date) ? date : ""}
        selected={
          selected
            ? { code: selected.code, nom: selected.nom, kind: selected.kind, validFrom: selected.validFrom, validTo: selected.validTo, label: selected.label, status: selected.status, parent: selected.parent }
            : null
        }
      />
      {code && !commune && <Alert severity="warning" small className="fr-mb-4w" description={`Aucune commune n'a le code INSEE ${code}.`} />}
      {commune && <CommuneDetails commune={commune} />}
      <hr className="fr-mt-4w" />
      <BirthPlaceCheck />
    </>
  );
}
