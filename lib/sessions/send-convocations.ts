import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { sessionJures, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readSmtpSettings } from "@/lib/mail/config";
import { createSmtpMailer, type Mailer } from "@/lib/mail/transport";
import { fail, ok, refuse, type Result } from "@/lib/result";
import type { ConvocationLetter, ConvocationLettersData } from "./letters/data";
import { envoiAnnuleMessage, envoiState, ENVOI_STATUTS } from "./letters/envoi-state";
import { convocationFileName } from "./letters/file-name";
import { convocationIcs } from "./letters/ics";
import { loadConvocationLetters } from "./letters/load";
import { renderConvocationsPdf } from "./letters/render";

export type SendConvocationsReport = {
  envoyes: string[];
  echecs: { destinataire: string; message: string }[];
  sansAdresse: string[];
  /** Jurors whose letter was already sent after the last change of planning: not sent again. */
  dejaAJour: string[];
  /** Jurors another request (double click, another user) is sending to at this moment: not sent twice. */
  enCours: string[];
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

/** A claim older than this is abandoned (the process stopped mid-send): another request may take the juror over. */
const CLAIM_TTL = sql`interval '10 minutes'`;

/**
 * "Envoyer les convocations": e-mails each active juror whose letter was never sent or was sent before the
 * last change of planning, with the letter (PDF) and a calendar invitation (.ics). Each juror's
 * lettre_envoyee_at is set only once the server accepted that juror's message, and only if the planning is
 * still the one the letter states; one failure does not stop the others. No transaction is held while
 * talking to the mail server: it may take seconds, and the embedded database serialises every query.
 * Two requests at once (double click, two users) send each letter once: the jurors to send are claimed
 * first, in one UPDATE (envoi_en_cours_at, the row lock makes a concurrent claim re-read the row and skip
 * it), and released once the server answered; the other request reports them as being sent.
 */
export async function sendConvocations(user: CurrentUser, sessionId: string, deps: SendConvocationsDeps = {}): Promise<Result<SendConvocationsReport>> {
  const db = deps.db ?? getDb();
  const now = deps.now ?? (() => new Date());
  const data = await loadConvocationLetters(db, user, sessionId, undefined, now());
  if (!data) return fail("introuvable", SESSION_INTROUVABLE);
  if (data.statut === "annulee") return refuse(envoiAnnuleMessage(data.numero));
  if (!(ENVOI_STATUTS as readonly string[]).includes(data.statut)) {
    return refuse("Les convocations s'envoient lorsque la session est déclarée ou que son jury est constitué.");
  }
  if (data.lettres.length === 0) return refuse("Aucun juré n'est convoqué à cette session.");
  let mailer = deps.mailer;
  if (!mailer) {
    const settings = readSmtpSettings();
    if (!settings.ok) return refuse(settings.message);
    mailer = createSmtpMailer(settings.config);
  }
  const activeJuror = (jureId: string) => and(eq(sessionJures.sessionId, data.sessionId), eq(sessionJures.jureId, jureId), isNull(sessionJures.retireAt));
  // The claim's own instant (milliseconds, as JavaScript holds it): a request releases only its own claims.
  const claimAt = new Date();
  const held = new Set<string>();
  const release = async (jureIds: string[]) => {
    if (jureIds.length === 0) return;
    await db
      .update(sessionJures)
      .set({ envoiEnCoursAt: null })
      .where(and(eq(sessionJures.sessionId, data.sessionId), inArray(sessionJures.jureId, jureIds), eq(sessionJures.envoiEnCoursAt, claimAt)));
    for (const id of jureIds) held.delete(id);
  };
  try {
    const state = async () =>
      new Map(
        (
          await db
            .select({ jureId: sessionJures.jureId, lettreEnvoyeeAt: sessionJures.lettreEnvoyeeAt })
            .from(sessionJures)
            .where(and(eq(sessionJures.sessionId, data.sessionId), isNull(sessionJures.retireAt)))
        ).map((r) => [r.jureId, r.lettreEnvoyeeAt]),
      );
    const before = await state();
    const aJour = (sent: Map<string, Date | null>, jureId: string) => envoiState(sent.get(jureId) ?? null, data.planningChangedAt) === "envoyee";
    const toSend = data.lettres.filter((l) => l.email && !aJour(before, l.jureId)).map((l) => l.jureId);
    if (toSend.length) {
      const claimed = await db
        .update(sessionJures)
        .set({ envoiEnCoursAt: claimAt })
        .where(
          and(
            eq(sessionJures.sessionId, data.sessionId),
            isNull(sessionJures.retireAt),
            inArray(sessionJures.jureId, toSend),
            sql`(${sessionJures.envoiEnCoursAt} is null or ${sessionJures.envoiEnCoursAt} < now() - ${CLAIM_TTL})`,
            sql`(${sessionJures.lettreEnvoyeeAt} is null or ${sessionJures.lettreEnvoyeeAt} < (select ${sessions.planningChangedAt} from ${sessions} where ${sessions.id} = ${data.sessionId}))`,
          ),
        )
        .returning({ jureId: sessionJures.jureId });
      for (const c of claimed) held.add(c.jureId);
    }
    // Those another request claimed first: sent by now (up to date), or still being sent.
    const after = toSend.some((id) => !held.has(id)) ? await state() : before;
    const report: SendConvocationsReport = { envoyes: [], echecs: [], sansAdresse: [], dejaAJour: [], enCours: [] };

    for (const lettre of data.lettres) {
      if (aJour(before, lettre.jureId)) {
        report.dejaAJour.push(lettre.destinataire);
        continue;
      }
      if (!lettre.email) {
        report.sansAdresse.push(lettre.destinataire);
        continue;
      }
      if (!held.has(lettre.jureId)) {
        (aJour(after, lettre.jureId) ? report.dejaAJour : report.enCours).push(lettre.destinataire);
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
          await release([lettre.jureId]);
          continue;
        }
      } catch (error) {
        report.echecs.push({ destinataire: lettre.destinataire, message: failureMessage(error) });
        await release([lettre.jureId]);
        continue;
      }
      // Marked (and released) only if the planning (read at millisecond precision, as JavaScript holds it) is still the one the letter states and the juror is still on the jury.
      const marked = await db
        .update(sessionJures)
        .set({ lettreEnvoyeeAt: now(), envoiEnCoursAt: sql`case when ${sessionJures.envoiEnCoursAt} = ${claimAt.toISOString()}::timestamptz then null else ${sessionJures.envoiEnCoursAt} end` })
        .where(
          and(
            activeJuror(lettre.jureId),
            sql`exists (select 1 from ${sessions} where ${sessions.id} = ${data.sessionId} and date_trunc('milliseconds', ${sessions.planningChangedAt}) = ${data.planningChangedAt.toISOString()}::timestamptz)`,
          ),
        )
        .returning({ id: sessionJures.id });
      if (marked.length === 0) {
        report.echecs.push({ destinataire: lettre.destinataire, message: "message envoyé, mais la session ou le jury a changé pendant l'envoi : la convocation reste à renvoyer" });
        await release([lettre.jureId]);
      } else {
        held.delete(lettre.jureId);
        report.envoyes.push(lettre.destinataire);
      }
    }

    if (report.envoyes.length || report.echecs.length || report.sansAdresse.length) {
      await recordAudit(db, user, {
        action: "session.convocations_envoyees",
        entityType: "session",
        entityId: data.sessionId,
        after: {
          envoyes: report.envoyes,
          echecs: report.echecs.map((e) => `${e.destinataire} : ${e.message}`),
          sansAdresse: report.sansAdresse,
          nombres: { envoyes: report.envoyes.length, echecs: report.echecs.length, sansAdresse: report.sansAdresse.length, dejaAJour: report.dejaAJour.length, enCours: report.enCours.length },
        },
      });
    }
    return ok(report);
  } finally {
    // An unexpected error leaves no juror claimed for ten minutes.
    await release([...held]).catch(() => {});
    if (!deps.mailer) mailer.close();
  }
}
