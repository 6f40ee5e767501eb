import { formatIsoDate } from "@/lib/dates";

type Naming = { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string };
type Birth = { civilite: string; dateNaissance: string; naissanceCommuneNom: string | null; naissanceVille: string | null; naissancePaysNom?: string | null };

/** "MARTIN Sophie Anne", or "DURAND Sophie (née MARTIN)" when a usage name is recorded. */
export function nomComplet(c: Naming): string {
  if (c.nomUsage && c.nomUsage !== c.nomNaissance) return `${c.nomUsage} ${c.prenoms} (${c.civilite === "Madame" ? "née" : "né"} ${c.nomNaissance})`;
  return `${c.nomNaissance} ${c.prenoms}`;
}

/** "Nîmes" or "Casablanca (Maroc)". */
export function lieuNaissance(c: Omit<Birth, "civilite" | "dateNaissance">): string {
  if (c.naissanceCommuneNom) return c.naissanceCommuneNom;
  return c.naissancePaysNom ? `${c.naissanceVille} (${c.naissancePaysNom})` : (c.naissanceVille ?? "lieu inconnu");
}

/** "née le 12/03/1990 à Nîmes". */
export function mentionNaissance(c: Birth): string {
  return `${c.civilite === "Madame" ? "née" : "né"} le ${formatIsoDate(c.dateNaissance)} à ${lieuNaissance(c)}`;
}

/** "S***" for each given name: the initial only, so a centre can recognise the person it has in front of it. */
export function maskPrenoms(prenoms: string): string {
  return prenoms
    .split(/[\s,;]+/)
    .filter((p) => p !== "")
    .map((p) => `${[...p][0]!.toUpperCase()}***`)
    .join(" ");
}

/**
 * What a centre learns of a record outside its scope (R9, issue 11): birth name, masked given names, birth
 * date and place — "MARTIN S***, née le 12/03/1990 à Nîmes". No usage name, no contact, no journey.
 */
export function identiteMasquee(c: Naming & Birth): string {
  return `${c.nomNaissance} ${maskPrenoms(c.prenoms)}, ${mentionNaissance(c)}`;
}
