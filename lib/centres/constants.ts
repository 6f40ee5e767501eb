/** Types of centre recorded by the State (unset is shown "-"), and the networks a centre belongs to. */
export const typesCentre = ["CFA", "CRP", "Autre"] as const;
export const reseauxCentre = [
  "CCI",
  "BNP",
  "IMPRO",
  "CFA",
  "GRETA",
  "AFPA",
  "Lycée professionnel",
  "Association",
  "Chambres consulaires",
  "Autres",
] as const;
