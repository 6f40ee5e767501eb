import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PAYLOAD_VERSION } from "@/lib/parchemins/signature";
import { publicKeyPem } from "@/lib/parchemins/signing-key";

export const metadata: Metadata = { title: "Vérifier un parchemin sans connexion" };

const PUBLIC_KEY_PATH = "/.well-known/ceres-parchemins.pub";

const NODE_PROCEDURE = `node -e '
const { verify } = require("node:crypto");
const { readFileSync } = require("node:fs");
const [charge, signature] = process.argv[1].split(".").map((t) => Buffer.from(t, "base64url"));
const ok = verify(null, charge, readFileSync("ceres-parchemins.pub"), signature);
console.log(ok ? "Signature valide" : "Signature INVALIDE");
console.log(charge.toString("utf8").split("\\x1f").join("\\n"));
' 'TEXTE_APRES_s='`;

const OPENSSL_PROCEDURE = `S='TEXTE_APRES_s='
b64() { s=$(printf %s "$1" | tr '_-' '/+'); while [ $(( \${#s} % 4 )) -ne 0 ]; do s="$s="; done; printf %s "$s" | base64 -d; }
b64 "\${S%%.*}" > charge.bin
b64 "\${S#*.}" > signature.bin
openssl pkeyutl -verify -pubin -inkey ceres-parchemins.pub -rawin -in charge.bin -sigfile signature.bin
tr '\\037' '\\n' < charge.bin`;

export default async function HorsLignePage() {
  await connection(); // the key is read from the server's environment at each request, never at build time
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Vérifier un parchemin sans connexion</h1>
        <p className="fr-text--lead">
          Le QR code d&apos;un parchemin contient, en plus de l&apos;adresse de la <Link href="/verifier">page de vérification</Link>, les
          informations principales du parchemin signées par le ministère du Travail. Avec la clé publique du ministère, on peut vérifier
          cette signature sans interroger CERES.
        </p>

        <h2>Ce que contient le QR code</h2>
        <p>
          Une adresse de la forme <code>https://…/verifier/7KQ2-M9XD-4TR?s=CHARGE.SIGNATURE</code>. Le texte après <code>s=</code> est fait
          de deux parties séparées par un point, chacune encodée en base64url (sans remplissage) :
        </p>
        <ul>
          <li>
            la <strong>charge</strong> : un texte UTF-8 (normalisé en NFC) dont les champs sont séparés par le caractère de contrôle
            U+001F, dans cet ordre : <code>{PAYLOAD_VERSION}</code>, le numéro du parchemin (11 caractères, sans tiret), le nom de
            naissance, le nom d&apos;usage (vide s&apos;il n&apos;y en a pas), les prénoms, la date de naissance (AAAA-MM-JJ), le code du
            titre professionnel et la date de délivrance (AAAA-MM-JJ) ;
          </li>
          <li>
            la <strong>signature</strong> Ed25519 de ces octets, faite avec la clé privée du ministère.
          </li>
        </ul>

        <h2>La clé publique</h2>
        <p>
          Elle est publiée à l&apos;adresse <a href={PUBLIC_KEY_PATH}>{PUBLIC_KEY_PATH}</a> (format PEM). Enregistrez-la une fois sous le
          nom <code>ceres-parchemins.pub</code> ; la voici :
        </p>
        <pre className="ceres-pre" data-testid="cle-publique">
          {publicKeyPem()}
        </pre>

        <h2>Vérifier la signature</h2>
        <p>Scannez le QR code avec une application qui affiche le texte sans ouvrir l&apos;adresse, puis copiez ce qui suit <code>s=</code>.</p>
        <h3 className="fr-h6">Avec Node.js (version 18 ou plus)</h3>
        <pre className="ceres-pre">{NODE_PROCEDURE}</pre>
        <h3 className="fr-h6">Avec OpenSSL (version 3 ou plus) et un terminal Unix</h3>
        <pre className="ceres-pre">{OPENSSL_PROCEDURE}</pre>
        <p>
          Si la signature est valide, comparez les informations affichées avec celles imprimées sur le parchemin : elles doivent être
          identiques.
        </p>

        <h2>Ce que la vérification hors ligne ne dit pas</h2>
        <p>
          Une signature valide prouve que le ministère a délivré ce parchemin avec ces informations. Elle ne dit pas s&apos;il a été annulé
          depuis : seule la <Link href="/verifier">vérification en ligne</Link> donne le statut à jour (valide ou annulé).
        </p>
      </div>
    </div>
  );
}
