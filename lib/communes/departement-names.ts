import departementsData from "@etalab/decoupage-administratif/data/departements.json" with { type: "json" };

/**
 * Names of the codes a commune row can carry that are not départements of CERES (the departements table):
 * Corsica before its division in 1976 ("20"), and the collectivités d'outre-mer (975, 977, 978, 984, 986–989),
 * whose communes are in the COG and can be a birth place.
 */
export const otherDepartementNames: ReadonlyMap<string, string> = new Map([
  ["20", "Corse"],
  ...(departementsData as { code: string; nom: string; zone: string }[]).filter((d) => d.zone === "com").map((d) => [d.code, d.nom] as [string, string]),
]);
