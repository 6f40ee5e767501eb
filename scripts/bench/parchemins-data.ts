import type { ParcheminImprime } from "@/lib/parchemins/imprime";
import { generateParcheminNumero } from "@/lib/parchemins/numero";
import type { ParcheminAImprimer } from "@/lib/parchemins/pdf/render";

const NOMS = [
  ["Madame", "NGUYỄN", "Thị Lan", "Hô Chi Minh-Ville (Viêt Nam)"],
  ["Monsieur", "ØRSTED", "Søren", "Copenhague (Danemark)"],
  ["Monsieur", "KOWALSKI", "Łukasz", "Cracovie (Pologne)"],
  ["Madame", "DUPONT-L'HERMITTE", "Zoë Marie", "Nîmes"],
  ["Madame", "ÅSTRÖM", "Anaïs", "Bagnols-sur-Cèze"],
] as const;

/** A session's worth of parchemins as the PDF prints them (no database: the bench measures rendering). */
export function parcheminsDeBench(count: number): ParcheminAImprimer[] {
  return Array.from({ length: count }, (_, i) => {
    const [civilite, nom, prenoms, lieu] = NOMS[i % NOMS.length]!;
    const parchemin: ParcheminImprime = {
      id: `p${i}`,
      numero: generateParcheminNumero(),
      civilite,
      nomNaissance: i < NOMS.length ? nom : `${nom}-${i}`,
      nomUsage: null,
      prenoms,
      dateNaissance: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
      lieuNaissance: lieu,
      titreCode: "TP-00322",
      titreIntitule: "Agent de restauration et de services hôteliers",
      niveau: 3,
      nsfCode: "334t",
      rncp: "RNCP37869",
      delivreLe: "2027-03-20",
      lieuDelivrance: "Nîmes",
      statut: "valide",
      annuleAt: null,
    };
    return { parchemin, duplicata: i % 50 === 7 };
  });
}
