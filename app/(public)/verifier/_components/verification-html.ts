import { html, type Html } from "@/lib/html/html";
import { lignesImprimees, SIGNATURE_MESSAGES, statutExplication, statutLabel } from "@/lib/parchemins/verification-affichage";
import { AUCUN_PARCHEMIN, type Verification } from "@/lib/parchemins/verification";

/**
 * The content of the verification result (/verifier/<numéro>), written as HTML: the route handler serves it
 * without React (docs/verification.md, « Performance »). DSFR markup, no script; the form is a plain GET form.
 */
export type Resultat = { refus: string } | { saisie: string; verification: Verification };

function alerte(severity: "success" | "warning" | "error", titre: string, description: string, attributs: Html): Html {
  return html`<div class="fr-alert fr-alert--${severity} fr-mb-4w" ${attributs}><h2 class="fr-alert__title">${titre}</h2><p>${description}</p></div>`;
}

function numeroForm(saisie: string): Html {
  return html`<form method="get" action="/verifier" novalidate><div class="fr-input-group"><label class="fr-label" for="numero">Numéro du parchemin<span class="fr-hint-text">11 caractères, par exemple 7KQ2-M9XD-4TR</span></label><input class="fr-input" type="text" id="numero" name="numero" value="${saisie}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="64" required></div><button class="fr-btn" type="submit">Vérifier</button></form>`;
}

function parchemin(verification: Extract<Verification, { trouve: true }>): Html {
  const p = verification.parchemin;
  const signature = verification.signature && SIGNATURE_MESSAGES[verification.signature];
  return html`${signature ? alerte(signature.severity, signature.title, signature.description, html`data-testid="signature-qr"`) : ""}<section aria-labelledby="statut-parchemin" data-testid="parchemin-verifie"><h2 id="statut-parchemin" class="fr-h4">Statut : <span class="fr-badge fr-badge--${p.statut === "valide" ? "success" : "error"}" data-testid="statut-parchemin">${statutLabel(p)}</span></h2><p>${statutExplication(p)}</p><div class="fr-table fr-table--no-caption-top"><table><caption>Ce que le parchemin imprime</caption><tbody>${lignesImprimees(p).map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}</tbody></table></div></section>`;
}

export function verificationHtml(resultat: Resultat): Html {
  const corps =
    "refus" in resultat
      ? alerte("error", "Vérification refusée", resultat.refus, html`role="alert"`)
      : resultat.verification.trouve
        ? parchemin(resultat.verification)
        : html`${alerte("error", "Parchemin introuvable", AUCUN_PARCHEMIN, html`role="alert" data-testid="verification-introuvable"`)}${numeroForm(resultat.saisie)}`;
  return html`<div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-10 fr-col-lg-8"><h1>Vérification d’un parchemin</h1>${corps}<ul class="fr-links-group fr-mt-4w"><li><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/verifier">Vérifier un autre numéro</a></li><li><a class="fr-link" href="/verifier/hors-ligne">Vérifier sans connexion avec le QR code signé</a></li></ul></div></div>`;
}
