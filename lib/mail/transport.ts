import "server-only";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "./config";

export type MailAttachment = { filename: string; content: Buffer | string; contentType: string };
export type MailMessage = { to: string; replyTo?: string; subject: string; text: string; attachments: MailAttachment[] };

/** What a use case needs of the mail server: send one message, say whether the server accepted it, close. */
export type Mailer = {
  from: string;
  send(message: MailMessage): Promise<{ accepted: boolean; response: string }>;
  close(): void;
};

/** nodemailer lists accepted recipients as strings or as { name, address }. */
function addressOf(recipient: unknown): string {
  return typeof recipient === "string" ? recipient : String((recipient as { address?: unknown }).address ?? "");
}

export function createSmtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    from: config.from,
    async send(message) {
      const info = await transport.sendMail({ from: config.from, ...message });
      const to = message.to.toLowerCase();
      const accepted = (info.accepted as unknown[]).some((a) => addressOf(a).toLowerCase() === to) && info.rejected.length === 0;
      return { accepted, response: info.response };
    },
    close: () => transport.close(),
  };
}
