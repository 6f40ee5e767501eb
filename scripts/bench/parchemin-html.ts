import { readFileSync } from "node:fs";
import path from "node:path";
import { formatIsoDate } from "@/lib/dates";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { dateActe } from "@/lib/parchemins/pdf/page";
import { qrPath } from "@/lib/parchemins/pdf/qr-path";
import { parcheminPages } from "@/lib/parchemins/pdf/render";
import type { ParcheminAImprimer } from "@/lib/parchemins/pdf/render";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fontUrl = (file: string) => `data:font/woff;base64,${readFileSync(path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts", file)).toString("base64")}`;

/**
 * The same parchemin laid out in HTML and CSS (same fonts, same QR code, same A4 frame), for the comparison
 * with headless Chromium's page.pdf in `npm run bench:parchemins`.
 */
export function parcheminsHtml(items: readonly ParcheminAImprimer[], baseUrl: string): string {
  const pages = parcheminPages(items, baseUrl);
  const body = pages
    .map(({ parchemin: p, duplicata, qr: runs, verification }) => {
      const qr = qrPath(runs);
      const feminin = p.civilite === "Madame";
      return `<section class="page"><div class="cadre"><div class="interieur">
<div class="entete"><div><div class="rf">République<br>française</div><div class="devise">Liberté<br>Égalité<br>Fraternité</div><div class="ministere">République française — Ministère du Travail</div></div>
<div class="num"><div class="etiq">NUMÉRO</div><div class="numero">${formatParcheminNumero(p.numero)}</div>${duplicata ? '<div class="dup">DUPLICATA</div>' : ""}</div></div>
<div class="corps"><div class="tp">Titre professionnel</div><div class="filet"></div><div class="intitule">${escape(p.titreIntitule)}</div>
<div>de niveau ${p.niveau}</div><div class="refs">Code NSF ${escape(p.nsfCode)} — Répertoire national des certifications professionnelles : ${escape(p.rncp ?? "")}</div>
<div class="delivre">délivré à</div><div class="titulaire">${escape(`${p.civilite} ${p.nomNaissance} ${p.prenoms}`)}</div>
<div>${feminin ? "née" : "né"} le ${formatIsoDate(p.dateNaissance)} à ${escape(p.lieuNaissance)}</div>
<div class="visa">Titre professionnel délivré par le ministre chargé de l'emploi, au vu des résultats de la session d'examen validée par l'unité départementale, en application des articles R. 338-1 et suivants du code de l'éducation (titre ${escape(p.titreCode)}).</div></div>
<div class="pied"><div class="verif"><svg width="76" height="76" viewBox="-2 -2 ${qr.size + 4} ${qr.size + 4}"><path d="${qr.d}"/></svg><span>Vérifiez ce titre en scannant ce code ou sur ${escape(verification)} avec le numéro ci-dessus.</span></div>
<div class="sig"><div>Fait à ${escape(p.lieuDelivrance)}, le ${dateActe(p.delivreLe)}</div><div class="deleg">Pour le ministre et par délégation</div><div class="ligne"></div><div class="leg">Signature et cachet</div></div></div>
</div></div></section>`;
    })
    .join("\n");
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
@font-face{font-family:Marianne;src:url(${fontUrl("Marianne-Regular.woff")});font-weight:400}
@font-face{font-family:Marianne;src:url(${fontUrl("Marianne-Bold.woff")});font-weight:700}
@font-face{font-family:Marianne;font-style:italic;src:url(${fontUrl("Marianne-Regular_Italic.woff")})}
@font-face{font-family:Spectral;src:url(${fontUrl("Spectral-ExtraBold.woff")});font-weight:800}
@page{size:A4;margin:0}body{margin:0;font-family:Marianne;color:#161616;font-size:11pt}
.page{width:210mm;height:297mm;padding:28pt;box-sizing:border-box;page-break-after:always;display:flex}
.cadre{flex:1;border:2.5pt solid #000091;padding:4pt;display:flex}.interieur{flex:1;border:.75pt solid #000091;padding:26pt 40pt 24pt;display:flex;flex-direction:column}
.entete{display:flex;justify-content:space-between}.rf{font-weight:700;font-size:12pt;text-transform:uppercase;line-height:1.1}.devise{font-style:italic;font-size:8.5pt;margin-top:5pt}
.ministere{font-weight:700;font-size:10pt;margin-top:12pt}.num{text-align:right}.etiq{font-size:8pt;color:#3a3a3a}.numero{font-weight:700;font-size:15pt;color:#000091}
.dup{margin-top:8pt;border:1.5pt solid #c9191e;color:#c9191e;font-weight:700;padding:3pt 10pt;display:inline-block}
.corps{flex:1;display:flex;flex-direction:column;align-items:center;margin-top:54pt;text-align:center}.tp{font-family:Spectral;font-weight:800;font-size:34pt;color:#000091}
.filet{width:90pt;border-bottom:1.5pt solid #c9191e;margin:14pt 0 22pt}.intitule{font-weight:700;font-size:19pt;max-width:440pt}.refs{font-size:9.5pt;color:#3a3a3a;margin-top:6pt}
.delivre{font-style:italic;margin-top:40pt}.titulaire{font-weight:700;font-size:20pt;margin:10pt 0 8pt}.visa{font-size:8.5pt;color:#3a3a3a;margin-top:40pt;max-width:420pt}
.pied{display:flex;justify-content:space-between;align-items:flex-end}.verif{display:flex;align-items:flex-end;width:200pt;font-size:7pt;color:#3a3a3a}.verif span{margin-left:8pt;width:112pt}
.sig{width:230pt;text-align:center}.deleg{font-style:italic;font-size:10pt;margin-top:10pt}.ligne{width:190pt;border-bottom:.75pt solid #3a3a3a;margin:58pt auto 0}.leg{font-size:7.5pt;color:#3a3a3a;margin-top:3pt}
</style></head><body>${body}</body></html>`;
}
