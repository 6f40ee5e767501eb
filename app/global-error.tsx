"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body>
        <main style={{ padding: "2rem", fontFamily: "sans-serif" }}>
          <h1>Erreur inattendue</h1>
          <p>Le service CERES est momentanément indisponible. Réessayez dans quelques minutes.</p>
          {error.digest && <p>Référence de l&apos;erreur : {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
