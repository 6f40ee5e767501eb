"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
import { deleteCcpAction } from "../actions";

type Target = { versionId: string; version: number; ccpId: string; numero: number; libelle: string };

// One dialog for the whole page: each "Supprimer" button names its CCP, then opens it.
const confirmModal = createModal({ id: "confirmer-suppression-ccp", isOpenedByDefault: false });
const ChooseTarget = createContext<(target: Target) => void>(() => {});

export function CcpDeletion({ titreId, children }: { titreId: string; children: ReactNode }) {
  const router = useRouter();
  const [target, setTarget] = useState<Target | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(next: Target) {
    setTarget(next);
    setError(null);
    confirmModal.open();
  }

  function confirm() {
    if (!target) return;
    startTransition(async () => {
      const result = await deleteCcpAction({ titreId, versionId: target.versionId, version: target.version, ccpId: target.ccpId });
      confirmModal.close();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setTarget(null);
      router.refresh();
    });
  }

  return (
    <ChooseTarget.Provider value={choose}>
      {error && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}
      {children}
      <confirmModal.Component
        title={target ? `Supprimer le CCP ${target.numero} ?` : "Supprimer le CCP ?"}
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Suppression…" : "Supprimer le CCP", doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        {target && (
          <p>
            Le CCP {target.numero} « {target.libelle} » sera retiré de cette version du titre. Les autres CCP gardent leur numéro. La
            suppression figurera dans l&apos;historique du titre.
          </p>
        )}
      </confirmModal.Component>
    </ChooseTarget.Provider>
  );
}

export function DeleteCcpButton({ target }: { target: Target }) {
  const choose = useContext(ChooseTarget);
  return (
    <Button priority="tertiary no outline" size="small" onClick={() => choose(target)}>
      Supprimer<span className="fr-sr-only"> le CCP {target.numero}</span>
    </Button>
  );
}
