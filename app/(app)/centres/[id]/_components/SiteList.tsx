"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { SiteForm } from "./SiteForm";

type Site = { id: string; libelle: string; adresse: string; codePostal: string; communeCode: string; communeNom: string; version: number };

/** The sites of a centre, each editable in place. */
export function SiteList({ centreId, sites }: { centreId: string; sites: Site[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (sites.length === 0) return <p>Aucun site enregistré : ajoutez le lieu où se trouve le plateau technique.</p>;
  return (
    <ul data-testid="sites" className="fr-raw-list">
      {sites.map((s) => (
        <li key={s.id} className="fr-mb-3w">
          {editing === s.id ? (
            <SiteForm
              centreId={centreId}
              onDone={() => setEditing(null)}
              existing={{
                id: s.id,
                version: s.version,
                libelle: s.libelle,
                adresse: s.adresse,
                codePostal: s.codePostal,
                commune: { code: s.communeCode, nom: s.communeNom, kind: "commune", validFrom: "1943-01-01", validTo: null, label: `${s.communeNom} (${s.codePostal})`, status: null, parent: null },
              }}
            />
          ) : (
            <>
              <strong>{s.libelle}</strong> — {s.adresse}, {s.codePostal} {s.communeNom.toUpperCase()}{" "}
              <Button priority="tertiary" size="small" onClick={() => setEditing(s.id)}>
                Modifier<span className="fr-sr-only"> le site {s.libelle}</span>
              </Button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
