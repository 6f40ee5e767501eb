import { renderConvocationsPdf } from "@/lib/sessions/letters/render";
import type { ConvocationLettersData } from "@/lib/sessions/letters/data";
const data: ConvocationLettersData = {
  sessionId: "s", numero: "2027-30-000123", titre: "Assistant de vie aux familles", version: "version 07 (2022)",
  site: { libelle: "Plateau technique de Nîmes", adresse: ["12 rue de la République", "30000 Nîmes"] },
  jours: [{ date: "2027-06-14" as never, libelle: "lundi 14 juin 2027", heure: "8 h 30" }, { date: "2027-06-15" as never, libelle: "mardi 15 juin 2027", heure: "8 h 30" }],
  convocation: "lundi 14 juin 2027 à 8 h 00", convocationAt: new Date(), planningChangedAt: new Date(), heureDebut: "08:30",
  centre: { raisonSociale: "AFPA Nîmes Formation", adresse: ["3 rue de l'Aspic", "30000 Nîmes"], representant: "Mme Zoë Łukasz", email: "contact@afpa.fr", telephone: "04 66 00 00 00" },
  faitA: "Nîmes, le 3 décembre 2026",
  lettres: [{ jureId: "j", destinataire: "Madame Nguyễn Thị Ørsted", adresse: ["4 chemin des Oliviers", "30900 Nîmes"], email: null, salutation: "Madame," } as never],
} as never;
const N = Number(process.env.N ?? 300);
for (let i = 0; i < 30; i++) await renderConvocationsPdf(data);
const ts: number[] = []; const c0 = process.cpuUsage();
for (let i = 0; i < N; i++) { const t = performance.now(); await renderConvocationsPdf(data); ts.push(performance.now() - t); }
const c1 = process.cpuUsage(c0); console.log("cpu/letter", ((c1.user + c1.system) / 1000 / N).toFixed(2));
ts.sort((a, b) => a - b);
console.log("letter median", ts[N >> 1]!.toFixed(2), "p10", ts[Math.floor(N / 10)]!.toFixed(2));
