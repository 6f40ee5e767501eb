/** SMTP settings read from the environment (README, "Mise en production"). */
export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
};

export type SmtpSettings = { ok: true; config: SmtpConfig } | { ok: false; missing: string; message: string };

/**
 * SMTP_HOST turns e-mail on; SMTP_FROM is required with it. SMTP_PORT defaults to 465 with SMTP_SECURE=true
 * (TLS from the start), 587 otherwise (STARTTLS when the server offers it). SMTP_USER and SMTP_PASSWORD go
 * together, or neither (a relay that trusts the network).
 */
export function readSmtpSettings(env: Record<string, string | undefined> = process.env): SmtpSettings {
  const host = env.SMTP_HOST?.trim();
  if (!host) return { ok: false, missing: "SMTP_HOST", message: "L'envoi par courriel n'est pas configuré sur ce serveur (SMTP_HOST)." };
  const from = env.SMTP_FROM?.trim();
  if (!from) return { ok: false, missing: "SMTP_FROM", message: "L'envoi par courriel n'est pas configuré sur ce serveur (SMTP_FROM : adresse d'expédition manquante)." };
  const secure = /^(true|1|oui|yes)$/i.test(env.SMTP_SECURE?.trim() ?? "");
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    return { ok: false, missing: "SMTP_PORT", message: `L'envoi par courriel est mal configuré sur ce serveur (SMTP_PORT « ${env.SMTP_PORT} »).` };
  }
  const user = env.SMTP_USER?.trim();
  const pass = env.SMTP_PASSWORD;
  if (Boolean(user) !== Boolean(pass)) {
    return { ok: false, missing: user ? "SMTP_PASSWORD" : "SMTP_USER", message: "L'envoi par courriel est mal configuré sur ce serveur (SMTP_USER et SMTP_PASSWORD vont ensemble)." };
  }
  return { ok: true, config: { host, port, secure, from, ...(user && pass ? { auth: { user, pass } } : {}) } };
}
