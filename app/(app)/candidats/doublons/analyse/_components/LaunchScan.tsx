"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { launchScanAction } from "../actions";

/** The launch button, and while a run is waiting or running, a refresh every two seconds of the page. */
export function LaunchScan({ running }: { running: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);

  return (
    <>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
      <Button
        iconId="fr-icon-search-line"
        disabled={running || pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await launchScanAction();
            if (!result.ok) setError(result.message);
            router.refresh();
          })
        }
      >
        Lancer une analyse
      </Button>
    </>
  );
}
