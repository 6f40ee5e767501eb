"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Refusal, Result } from "@/lib/result";
import { creerLienAction, revoquerLienAction } from "../../actions";

const revoquerModal = createModal({ id: "confirmer-revocation-lien", isOpenedByDefault: false });
const INDISPONIBLE: Refusal = { ok: false, code: "indisponible", message: "Le serveur n'a pas répondu : rechargez la page avant de recommencer." };

export type LienVue = { id: string; destinataire: string | null; creeLe: string; expireLe: string; etat: "actif" | "expire" | "revoque"; usages: number; dernierUsage: string | null; par: string | null };
const etatLabels = { actif: "Actif", expire: "Expiré", revoque: "Révoqué" } as const;

/**
 * Download links for the candidate: the address is shown once, at creation (only its digest is kept);
 * each link can be revoked, with confirmation; the table says how many times each was used.
 */
export function LiensTelechargement({ parcheminId, liens }: { parcheminId: string; liens: LienVue[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [destinataire, setDestinataire] = useState("");
  const [jours, setJours] = useState("30");
  const [cree, setCree] = useState<Result<{ url: string; expireAt: string }> | null>(null);
  const [aRevoquer, setARevoquer] = useState<string | null>(null);
  const [revocation, setRevocation] = useState<Result<unknown> | null>(null);

  function creer() {
    startTransition(async () => {
      const result = await creerLienAction({ parcheminId, destinataire: destinataire || undefined, jours: Number(jours) }).catch(() => INDISPONIBLE);
      setCree(result.ok ? { ok: true, data: { ...result.data, url: new URL(result.data.url, window.location.origin).href } } : result);
      if (result.ok) router.refresh();
    });
  }

  function revoquer() {
    if (!aRevoquer) return;
    startTransition(async () => {
      const result = await revoquerLienAction({ lienId: aRevoquer }).catch(() => INDISPONIBLE);
      setRevocation(result);
      revoquerModal.close();
      router.refresh();
    });
  }

  const errors = cree && !cree.ok ? (cree.fieldErrors ?? {}) : {};
  return (
    <>
      <h2 className="fr-h4 fr-mt-4w">Liens de téléchargement</h2>
      <p>Envoyez au titulaire un lien personnel vers son parchemin (PDF). Le lien expire, peut être révoqué, et chaque utilisation est journalisée.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Destinataire (facultatif)" hintText="Par exemple son adresse électronique, pour mémoire" nativeInputProps={{ value: destinataire, onChange: (e) => setDestinataire(e.target.value), maxLength: 200 }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Validité (jours)"
            state={errors.jours ? "error" : "default"}
            stateRelatedMessage={errors.jours?.[0]}
            nativeInputProps={{ type: "number", min: 1, max: 90, value: jours, onChange: (e) => setJours(e.target.value) }}
          />
        </div>
      </div>
      <Button iconId="fr-icon-link" onClick={creer} disabled={pending}>
        Créer un lien
      </Button>
      <div aria-live="polite">
        {cree && !cree.ok && <Alert severity="error" small description={cree.message} role="alert" className="fr-mt-2w" />}
        {cree?.ok && (
          <Alert
            severity="success"
            className="fr-mt-2w"
            title="Lien créé"
            description={
              <>
                <span>Copiez-le maintenant : il ne sera plus affiché. Il expire le {new Date(cree.data.expireAt).toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })}.</span>
                <Input label="Adresse du lien" nativeInputProps={{ readOnly: true, value: cree.data.url, onFocus: (e) => e.target.select() }} />
              </>
            }
          />
        )}
        {revocation && !revocation.ok && <Alert severity="error" small description={revocation.message} role="alert" className="fr-mt-2w" />}
      </div>
      {liens.length === 0 ? (
        <p className="fr-mt-2w" data-testid="liens-vide">Aucun lien n&apos;a été créé pour ce parchemin.</p>
      ) : (
        <div className="fr-table fr-mt-2w">
          <table>
            <caption>Liens de téléchargement du parchemin</caption>
            <thead>
              <tr>
                <th scope="col">Créé le</th>
                <th scope="col">Par</th>
                <th scope="col">Destinataire</th>
                <th scope="col">Expire le</th>
                <th scope="col">État</th>
                <th scope="col">Utilisations</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {liens.map((l) => (
                <tr key={l.id}>
                  <td>{l.creeLe}</td>
                  <td>{l.par ?? "—"}</td>
                  <td>{l.destinataire ?? "—"}</td>
                  <td>{l.expireLe}</td>
                  <td>{etatLabels[l.etat]}</td>
                  <td>{l.usages === 0 ? "aucune" : `${l.usages} (dernière le ${l.dernierUsage})`}</td>
                  <td>
                    {l.etat === "actif" && (
                      <Button size="small" priority="secondary" onClick={() => (setARevoquer(l.id), revoquerModal.open())} disabled={pending}>
                        Révoquer<span className="fr-sr-only"> le lien créé le {l.creeLe}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <revoquerModal.Component
        title="Révoquer ce lien ?"
        buttons={[
          { children: "Ne pas révoquer", priority: "secondary", doClosesModal: true },
          { children: "Révoquer", doClosesModal: false, onClick: revoquer },
        ]}
      >
        <p>Le lien cessera de fonctionner immédiatement : son destinataire verra « lien invalide ou expiré ».</p>
      </revoquerModal.Component>
    </>
  );
}
