import { describe, expect, test } from "vitest";
import { parisTimeToInstant } from "@/lib/dates";
import { readSmtpSettings } from "@/lib/mail/config";
import { buildConvocationLetters } from "@/lib/sessions/letters/data";
import { envoiState } from "@/lib/sessions/letters/envoi-state";
import { convocationIcs } from "@/lib/sessions/letters/ics";
import { convocationSource } from "@/tests/fixtures/convocation-letters";

function icsOf(dateDebut: string, dateFin: string, convocation: { date: string; time: string } = { date: dateDebut, time: "08:00" }) {
  const data = buildConvocationLetters(convocationSource(1, { dateDebut, dateFin, heureDebut: "08:00", convocationAt: parisTimeToInstant(convocation.date, convocation.time) }));
  return convocationIcs(data, data.lettres[0]!);
}

const starts = (ics: string) => [...ics.matchAll(/^DTSTART:(\S+)/gm)].map((m) => m[1]);
const ends = (ics: string) => [...ics.matchAll(/^DTEND:(\S+)/gm)].map((m) => m[1]);

describe("invitation de calendrier (.ics) : 08:00 à Paris en instants UTC", () => {
  test.each([
    // 2027: summer time from 28 March, winter time from 31 October.
    ["2027-03-29", "20270329T060000Z", "20270329T160000Z"],
    ["2027-10-29", "20271029T060000Z", "20271029T160000Z"],
    ["2027-11-02", "20271102T070000Z", "20271102T170000Z"],
    ["2027-01-15", "20270115T070000Z", "20270115T170000Z"],
  ])("session du %s", (date, start, end) => {
    const ics = icsOf(date, date);
    expect(starts(ics)).toEqual([start]);
    expect(ends(ics)).toEqual([end]);
  });

  test("une session à cheval sur le passage à l'heure d'hiver : un événement par jour, toujours 08:00 à Paris", () => {
    const ics = icsOf("2027-10-29", "2027-11-02");
    expect(starts(ics)).toEqual(["20271029T060000Z", "20271030T060000Z", "20271031T070000Z", "20271101T070000Z", "20271102T070000Z"]);
    expect(ics).toContain("SUMMARY:Jury — session 2027-30-00042 (jour 3/5)");
  });

  test("le jour de la convocation commence à l'heure de convocation", () => {
    const ics = icsOf("2027-05-11", "2027-05-12", { date: "2027-05-11", time: "07:30" });
    expect(starts(ics)).toEqual(["20270511T053000Z", "20270512T060000Z"]);
  });

  test("publication, identifiants stables, lieu, description et organisateur", () => {
    // Lines longer than 75 octets are folded (RFC 5545 §3.1): read them unfolded.
    const ics = icsOf("2027-05-11", "2027-05-11").replace(/\r\n[ \t]/g, "");
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toMatch(/UID:0190c0de-0000-7000-8000-000000000001\.0190c0de-0000-7000-8000-000000000100\.2027-05-11@ceres/);
    expect(ics).toContain("LOCATION:Plateau technique des Garrigues\\, 12 chemin de la Garrigue\\, 30200 Bagnols-sur-Cèze");
    expect(ics).toContain("Convocation le mardi 11 mai 2027 à 08:00");
    expect(ics).toMatch(/ORGANIZER;CN="?CFA DES GARRIGUES"?:mailto:contact@cfa-garrigues.fr/i);
    expect(ics).toMatch(/SEQUENCE:\d+/);
  });

  test("un changement de planning augmente SEQUENCE (le calendrier met l'événement à jour)", () => {
    const before = buildConvocationLetters(convocationSource(1, { planningChangedAt: new Date("2027-01-10T09:00:00Z") }));
    const after = buildConvocationLetters(convocationSource(1, { planningChangedAt: new Date("2027-02-10T09:00:00Z") }));
    const seq = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)![1]);
    expect(seq(convocationIcs(after, after.lettres[0]!))).toBeGreaterThan(seq(convocationIcs(before, before.lettres[0]!)));
  });
});

describe("état d'envoi d'une lettre", () => {
  const planning = new Date("2027-02-01T10:00:00Z");
  test.each([
    [null, "jamais_envoyee"],
    [new Date("2027-01-31T10:00:00Z"), "a_renvoyer"],
    [new Date("2027-02-01T10:00:00Z"), "envoyee"],
    [new Date("2027-02-02T10:00:00Z"), "envoyee"],
  ] as const)("envoyée le %s → %s", (at, state) => {
    expect(envoiState(at, planning)).toBe(state);
  });
});

describe("configuration SMTP par l'environnement", () => {
  test.each([
    [{}, { ok: false, missing: "SMTP_HOST" }],
    [{ SMTP_HOST: "smtp.exemple.fr" }, { ok: false, missing: "SMTP_FROM" }],
    [{ SMTP_HOST: "smtp.exemple.fr", SMTP_FROM: "ceres@exemple.fr" }, { ok: true, config: { host: "smtp.exemple.fr", port: 587, secure: false, from: "ceres@exemple.fr" } }],
    [{ SMTP_HOST: "smtp.exemple.fr", SMTP_FROM: "ceres@exemple.fr", SMTP_SECURE: "true" }, { ok: true, config: { host: "smtp.exemple.fr", port: 465, secure: true, from: "ceres@exemple.fr" } }],
    [{ SMTP_HOST: "smtp.exemple.fr", SMTP_FROM: "c@e.fr", SMTP_PORT: "2525", SMTP_USER: "u", SMTP_PASSWORD: "p" }, { ok: true, config: { host: "smtp.exemple.fr", port: 2525, secure: false, from: "c@e.fr", auth: { user: "u", pass: "p" } } }],
    [{ SMTP_HOST: "smtp.exemple.fr", SMTP_FROM: "c@e.fr", SMTP_PORT: "abc" }, { ok: false, missing: "SMTP_PORT" }],
    [{ SMTP_HOST: "smtp.exemple.fr", SMTP_FROM: "c@e.fr", SMTP_USER: "u" }, { ok: false, missing: "SMTP_PASSWORD" }],
  ])("%j", (env, expected) => {
    expect(readSmtpSettings(env)).toMatchObject(expected);
  });

  test("sans SMTP_HOST, le message le dit", () => {
    expect(readSmtpSettings({})).toMatchObject({ message: "L'envoi par courriel n'est pas configuré sur ce serveur (SMTP_HOST)." });
  });
});
