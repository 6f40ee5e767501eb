import type { CommuneKind } from "@/db/schema";
import { normalizeName } from "@/lib/text/normalize";

/** A current commune (valid_to null) as the import compares it. */
export type CommuneCandidate = {
  code: string;
  nom: string;
  kind: CommuneKind;
  parentCode: string | null;
  departementCode: string;
  regionCode: string | null;
  postalCodes: string[];
  searchName: string;
};

export type ResolvedCommune = { code: string; nom: string; departementCode: string; regionCode: string };

export type CommuneResolution = { ok: true; commune: ResolvedCommune } | { ok: false; message: string };

/** Current communes by postal code, and every candidate by INSEE code (to reach the parent of a commune déléguée). */
export type CommuneIndex = { byPostalCode: Map<string, CommuneCandidate[]>; byCode: Map<string, CommuneCandidate> };

export function indexCommunes(candidates: CommuneCandidate[]): CommuneIndex {
  const byPostalCode = new Map<string, CommuneCandidate[]>();
  const byCode = new Map<string, CommuneCandidate>();
  for (const c of candidates) {
    if (c.kind === "commune" || !byCode.has(c.code)) byCode.set(c.code, c);
    for (const cp of c.postalCodes) (byPostalCode.get(cp) ?? byPostalCode.set(cp, []).get(cp)!).push(c);
  }
  return { byPostalCode, byCode };
}

const kindOrder: Record<CommuneKind, number> = { commune: 0, arrondissement: 1, deleguee: 2, associee: 3 };

/**
 * The current commune of a site address from its postal code and commune name (DOMAIN R6: site addresses
 * use current communes). A commune déléguée or associée still written under its old name, or a municipal
 * arrondissement, resolves to the commune it belongs to: one place, one code, so its sites are found again.
 */
export function resolveCommune(index: CommuneIndex, codePostal: string, nom: string): CommuneResolution {
  const cp = codePostal.replace(/\s/g, "");
  if (!/^\d{5}$/.test(cp)) return { ok: false, message: `Code postal « ${codePostal} » invalide (5 chiffres).` };
  const candidates = index.byPostalCode.get(cp) ?? [];
  if (candidates.length === 0) return { ok: false, message: `Code postal ${cp} inconnu des communes actuelles couvertes par CERES (métropole et DROM) : la commune du site ne peut pas être déterminée.` };
  const wanted = normalizeName(nom);
  const matches = candidates.filter((c) => c.searchName === wanted).sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  const match = matches[0];
  if (!match) {
    const names = [...new Set(candidates.filter((c) => c.kind === "commune").map((c) => c.nom))].slice(0, 6);
    return {
      ok: false,
      message: `Commune « ${nom} » introuvable pour le code postal ${cp}${names.length ? ` (communes de ce code postal : ${names.join(", ")}${candidates.length > names.length ? "…" : ""})` : ""}.`,
    };
  }
  const commune = match.kind === "commune" ? match : index.byCode.get(match.parentCode ?? "");
  if (!commune?.regionCode) return { ok: false, message: `La commune « ${nom} » (${cp}) n'est rattachée à aucune région : la commune du site ne peut pas être déterminée.` };
  return { ok: true, commune: { code: commune.code, nom: commune.nom, departementCode: commune.departementCode, regionCode: commune.regionCode } };
}
