"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { transmettreSessionAction } from "../transmission-actions";

const TAILLE_MAX = 10 * 1024 * 1024;

/** "Transmettre à l'unité départementale", with the signed PV scan as an optional PDF. */
export function TransmissionForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("pv");
    if (file instanceof File && file.size > TAILLE_MAX) {
      setFileError("Le fichier dépasse 10 Mo : numérisez le PV en résolution plus basse.");
      return;
    }
    start(async () => {
      const result = await transmettreSessionAction(form);
      if (!result.ok) {
        setFileError(result.fieldErrors?.pv?.[0] ?? null);
        setError(result.fieldErrors?.pv ? null : result.message);
        return;
      }
      setFileError(null);
      setError(null);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} encType="multipart/form-data" aria-labelledby="titre-transmission">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <h3 id="titre-transmission" className="fr-h6">
        Transmettre à l&apos;unité départementale
      </h3>
      <p>Les résultats saisis partent à l&apos;unité départementale, qui les valide. Joignez si possible le PV signé par le jury (scan au format PDF).</p>
      <Upload
        label="PV signé (facultatif)"
        hint="Format PDF, 10 Mo au plus."
        state={fileError ? "error" : "default"}
        stateRelatedMessage={fileError ?? undefined}
        nativeInputProps={{ name: "pv", accept: "application/pdf,.pdf", onChange: () => setFileError(null) }}
      />
      <div aria-live="polite">{error && <Alert severity="error" small description={error} className="fr-my-2w" />}</div>
      <Button type="submit" disabled={pending} className="fr-mt-2w">
        {pending ? "Transmission…" : "Transmettre la session"}
      </Button>
    </form>
  );
}
