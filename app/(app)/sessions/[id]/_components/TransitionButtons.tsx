"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fireSessionTransitionAction } from "../../actions";

type Transition = "declarer" | "annuler" | "renvoyer" | "valider";

const TEXTS: Record<Transition, { button: string; title: string; body: string; confirm: string; motif?: string; secondary?: boolean }> = {
  declarer: {
    button: "Déclarer la session",
    title: "Déclarer cette session ?",
    body: "La session devient visible comme déclarée par l'unité départementale, et vous pourrez convoquer le jury.",
    confirm: "Déclarer",
  },
  annuler: {
    button: "Annuler la session",
    title: "Annuler cette session ?",
    body: "Une session annulée ne peut plus être modifiée ni rouverte. Le motif est conservé et affiché sur la session.",
    confirm: "Annuler la session",
    motif: "Motif de l'annulation",
    secondary: true,
  },
  renvoyer: {
    button: "Renvoyer au centre",
    title: "Renvoyer cette session au centre ?",
    body: "Le centre pourra corriger les résultats puis les transmettre à nouveau. Le motif lui est affiché.",
    confirm: "Renvoyer",
    motif: "Motif du renvoi",
    secondary: true,
  },
  valider: {
    button: "Valider les résultats",
    title: "Valider les résultats de cette session ?",
    body: "Les résultats sont alors verrouillés ; une correction passera par une rectification motivée.",
    confirm: "Valider",
  },
};

const modals = {
  declarer: createModal({ id: "session-declarer", isOpenedByDefault: false }),
  annuler: createModal({ id: "session-annuler", isOpenedByDefault: false }),
  renvoyer: createModal({ id: "session-renvoyer", isOpenedByDefault: false }),
  valider: createModal({ id: "session-valider", isOpenedByDefault: false }),
};

function TransitionDialog({ id, version, transition }: { id: string; version: number; transition: Transition }) {
  const router = useRouter();
  const text = TEXTS[transition];
  const modal = modals[transition];
  const [motif, setMotif] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function confirm() {
    start(async () => {
      const result = await fireSessionTransitionAction({ id, version, transition, motif: text.motif ? motif : undefined });
      if (!result.ok) {
        setError(result.fieldErrors?.motif?.[0] ?? result.message);
        return;
      }
      modal.close();
      setError(null);
      router.refresh();
    });
  }
  return (
    <li>
      <Button priority={text.secondary ? "secondary" : "primary"} nativeButtonProps={modal.buttonProps}>
        {text.button}
      </Button>
      <modal.Component
        title={text.title}
        buttons={[
          { children: "Revenir à la session", priority: "secondary", doClosesModal: true },
          { children: pending ? "Enregistrement…" : text.confirm, doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>{text.body}</p>
        {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
        {text.motif && <Input label={text.motif} hintText="Obligatoire." textArea nativeTextAreaProps={{ value: motif, onChange: (e) => setMotif(e.target.value), required: true }} />}
      </modal.Component>
    </li>
  );
}

/** The buttons of the status machine open to this user from the session's state, each behind a confirmation. */
export function TransitionButtons({ id, version, transitions }: { id: string; version: number; transitions: Transition[] }) {
  if (!transitions.length) return null;
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-3w" aria-label="Actions sur la session">
      {transitions.map((t) => (
        <TransitionDialog key={t} id={id} version={version} transition={t} />
      ))}
    </ul>
  );
}
