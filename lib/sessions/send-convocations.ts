import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { sessionJures, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readSmtpSettings } from "@/lib/mail/config";
import { createSmtpMailer, type Mailer } from "@/lib/mail/transport";
import { fail, ok, refuse, type Result } from "@/lib/result";
import type { ConvocationLetter, ConvocationLettersData } from "./letters/data";
import { envoiState, ENVOI_STATUTS } from "./letters/envoi-state";
import { convocationFileName } from "./letters/file-name";
import { convocationIcs } from "./letters/ics";
import { loadConvocationLetters } from "./letters/load";
import { renderConvocationsPdf } from "./letters/render";
import { getSessionForUser } from "./load";

export type SendConvocationsReport = {
  envoyes: string[];
  echecs: { destinataire: string; message: string }[];
  sansAdresse: string[];
  /** Jurors whose letter was already sent after the last change of planning: not sent again. */
  dejaAJour: string[];
};

export type SendConvocationsDeps = { db?: Db; mailer?: Mailer; now?: () => Date };

const SESSION_INTROUVABLE = "Cette session est introuvable.";

function messageText(data: ConvocationLettersData, lettre: ConvocationLetter): string {
  return [
    lettre.salutation,
    "",
    `Vous êtes convoqué${lettre.salutation.startsWith("Madame") ? "e" : ""} en qualité de membre du jury de la session d'examen n° ${data.numero} (titre professionnel ${data.titre}, ${data.version}).`,
    "",
    `Convocation : ${data.convocation}.`,
    `Jours : ${data.jours.map((j) => `${j.libelle} à partir de ${j.heure}`).join(" ; ")}.`,
    `Lieu : ${[data.site.libelle, ...data.site.adresse].join(", ")}.`,
    "",
    "Vous trouverez ci-joint votre lettre de convocation (PDF) et l'invitation à ajouter à votre agenda (.ics).",
    `En cas d'empêchement, prévenez le centre sans délai : ${[data.centre.raisonSociale, data.centre.representant, data.centre.email, data.centre.telephone].filter(Boolean).join(" — ")}.`,
    "",
    "Ce message est envoyé par CERES, l'application des titres professionnels du ministère chargé du travail.",
  ].join("\n");
}

function failureMessage(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (e.responseCode && e.responseCode >= 500) return `adresse refusée par le serveur de messagerie (${e.responseCode})`;
  if (e.responseCode) return `envoi refusé temporairement par le serveur de messagerie (${e.responseCode}) : réessayez plus tard`;
  if (e.code === "ECONNECTION" || e.code === "ETIMEDOUT" || e.code === "ESOCKET") return "serveur de messagerie injoignable : réessayez plus tard";
  return "échec de l'envoi du message";
}

/**
 * "Envoyer les convocations": e-mails each active juror whose letter was never sent or was sent before the
 * last change of planning, with the letter (PDF) and a calendar invitation (.ics). Each juror's
 * lettre_envoyee_at is set only once the server accepted that juror's message, and only if the planning is
 * still the one the letter states; one failure does not stop the others. No transaction is held while
 * talking to the mail server: it may take seconds, and the embedded database serialises every query.
 */
export async function sendConvocations(user: CurrentUser, sessionId: string, deps: SendConvocationsDeps = {}): Promise<Result<SendConvocationsReport>> {
  const db = deps.db ?? getDb();
  const now = deps.now ?? (() => new Date());
  const session = await getSessionForUser(user, sessionId, db);
  if (!session) return fail("introuvable", SESSION_INTROUVABLE);
  if (!(ENVOI_STATUTS as readonly string[]).includes(session.statut)) {
    return refuse("Les convocations s'envoient lorsque la session est déclarée ou que son jury est constitué.");
  }
  let mailer = deps.mailer;
  if (!mailer) {
    const settings = readSmtpSettings();
    if (!settings.ok) return refuse(settings.message);
    mailer = createSmtpMailer(settings.config);
  }
  try {
    const data = await loadConvocationLetters(db, user, session.id, undefined, now());
    if (!data || data.lettres.length === 0) return refuse("Aucun juré n'est convoqué à cette session.");
    const sent = await db
      .select({ jureId: sessionJures.jureId, lettreEnvoyeeAt: sessionJures.lettreEnvoyeeAt })
      .from(sessionJures)
      .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt)));
    const sentAt = new Map(sent.map((r) => [r.jureId, r.lettreEnvoyeeAt]));
    const report: SendConvocationsReport = { envoyes: [], echecs: [], sansAdresse: [], dejaAJour: [] };

    for (const lettre of data.lettres) {
      if (envoiState(sentAt.get(lettre.jureId) ?? null, data.planningChangedAt) === "envoyee") {
        report.dejaAJour.push(lettre.destinataire);
        continue;
      }
      if (!lettre.email) {
        report.sansAdresse.push(lettre.destinataire);
        continue;
      }
      try {
        const single = { ...data, lettres: [lettre] };
        const pdf = await renderConvocationsPdf(single);
        const result = await mailer.send({
          to: lettre.email,
          replyTo: data.centre.email ?? undefined,
          subject: `Convocation au jury — session ${data.numero}`,
          text: messageText(data, lettre),
          attachments: [
            { filename: convocationFileName(data.numero, lettre.destinataire), content: pdf, contentType: "application/pdf" },
            { filename: `session-${data.numero}.ics`, content: convocationIcs(single, lettre), contentType: "text/calendar; charset=utf-8; method=PUBLISH" },
          ],
        });
        if (!result.accepted) {
          report.echecs.push({ destinataire: lettre.destinataire, message: "adresse refusée par le serveur de messagerie" });
          continue;
        }
      } catch (error) {
        report.echecs.push({ destinataire: lettre.destinataire, message: failureMessage(error) });
        continue;
      }
      // Marked only if the planning (read at millisecond precision, as JavaScript holds it) is still the one the letter states and the juror is still on the jury.
      const marked = await db
        .update(sessionJures)
        .set({ lettreEnvoyeeAt: now() })
        .where(
          and(
            eq(sessionJures.sessionId, session.id),
            eq(sessionJures.jureId, lettre.jureId),
            isNull(sessionJures.retireAt),
            sql`exists (select 1 from ${sessions} where ${sessions.id} = ${session.id} and date_trunc('milliseconds', ${sessions.planningChangedAt}) = ${data.planningChangedAt.toISOString()}::timestamptz)`,
          ),
        )
        .returning({ id: sessionJures.id });
      if (marked.length === 0) {
        report.echecs.push({ destinataire: lettre.destinataire, message: "message envoyé, mais la session ou le jury a changé pendant l'envoi : la convocation reste à renvoyer" });
      } else {
        report.envoyes.push(lettre.destinataire);
      }
    }

    if (report.envoyes.length || report.echecs.length || report.sansAdresse.length) {
      await recordAudit(db, user, {
        action: "session.convocations_envoyees",
        entityType: "session",
        entityId: session.id,
        after: {
          envoyes: report.envoyes,
          echecs: report.echecs.map((e) => `${e.destinataire} : ${e.message}`),
          sansAdresse: report.sansAdresse,
          nombres: { envoyes: report.envoyes.length, echecs: report.echecs.length, sansAdresse: report.sansAdresse.length, dejaAJour: report.dejaAJour.length },
        },
      });
    }
    return ok(report);
  } finally {
    if (!deps.mailer) mailer.close();
  }
}
