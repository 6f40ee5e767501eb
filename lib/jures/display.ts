/** "LAMBERT Sylvie", or "DURAND Martine" for a juror who uses another name than her birth name. */
export function nomPrenoms(j: { nomNaissance: string; nomUsage: string | null; prenoms: string }): string {
  return `${j.nomUsage ?? j.nomNaissance} ${j.prenoms}`;
}

/** "née FONTAINE" when the usage name differs from the birth name; null otherwise. */
export function mentionNaissance(j: { civilite: string; nomNaissance: string; nomUsage: string | null }): string | null {
  if (!j.nomUsage || j.nomUsage === j.nomNaissance) return null;
  return `${j.civilite === "Madame" ? "née" : "né"} ${j.nomNaissance}`;
}

/** "Madame LAMBERT Sylvie", as the habilitation screen names the juror. */
export function civiliteNomPrenoms(j: { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string }): string {
  return `${j.civilite} ${nomPrenoms(j)}`;
}
