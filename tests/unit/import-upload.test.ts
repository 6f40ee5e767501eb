import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { cleanFileName, isCsvUpload } from "@/lib/import/upload";

const state = vi.hoisted(() => ({ user: null as unknown, calls: [] as unknown[][] }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/auth-session", () => ({ requireUser: async () => state.user }));
const record = (...args: unknown[]) => {
  state.calls.push(args);
  return Promise.resolve({ ok: true, data: {} });
};
vi.mock("@/lib/titres/import/apply", () => ({ previewTitresImport: record, applyTitresImport: record }));
vi.mock("@/lib/jures/import/apply", () => ({ previewJuresImport: record, applyJuresImport: record }));
vi.mock("@/lib/agrements/valce/apply", () => ({ previewValceImport: record, applyValceImport: record }));

const { previewImportAction, applyImportAction } = await import("@/app/(app)/titres/import/actions");
const { previewJuresImportAction, applyJuresImportAction } = await import("@/app/(app)/jures/import/actions");
const { previewValceAction, applyValceAction } = await import("@/app/(app)/agrements/import/actions");

const base = { id: "u-1", email: "agent@exemple.fr", prenom: "Thị", nom: "Nguyễn" };
const national: CurrentUser = { ...base, role: "national" };
const occitanie: CurrentUser = { ...base, role: "regional", regionCode: "76", departementCode: null };
const centre: CurrentUser = { ...base, role: "centre", centreId: "c-1" };

/** A file whose bytes must never be read: every reading method counts the call and throws. */
class GuardedFile extends File {
  reads = 0;
  constructor(name: string, type = "text/csv", private readonly declaredSize = 12) {
    super(["code_tp;x\n"], name, { type });
  }
  override get size() {
    return this.declaredSize;
  }
  private refuse(): never {
    this.reads += 1;
    throw new Error("le fichier a été lu");
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.refuse();
  }
  override text(): Promise<string> {
    return this.refuse();
  }
  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.refuse();
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return this.refuse();
  }
}

const form = (file: File) => ({ get: (key: string) => (key === "fichier" ? file : key === "digest" ? "a".repeat(64) : null) }) as unknown as FormData;

const actions = [
  ["titres (simulation)", previewImportAction],
  ["titres (application)", applyImportAction],
  ["jurés (simulation)", previewJuresImportAction],
  ["jurés (application)", applyJuresImportAction],
  ["VALCE (simulation)", previewValceAction],
  ["VALCE (application)", applyValceAction],
] as const;

beforeEach(() => {
  state.calls = [];
});

describe("réception du fichier d'un import : rien n'est lu avant les contrôles", () => {
  test.each(actions)("%s : un utilisateur de centre qui envoie un fichier est refusé sans que le fichier soit lu", async (_label, action) => {
    state.user = centre;
    const file = new GuardedFile("habilitations.csv");
    const result = await action(form(file));
    expect(result).toMatchObject({ ok: false, code: "introuvable", message: expect.stringContaining("Cette ressource est introuvable.") });
    expect(file.reads).toBe(0);
    expect(state.calls).toEqual([]);
  });

  test("titres : un agent régional est refusé sans que le fichier soit lu (import national)", async () => {
    state.user = occitanie;
    const file = new GuardedFile("titres.csv");
    expect(await previewImportAction(form(file))).toMatchObject({ ok: false, code: "introuvable", message: "Cette ressource est introuvable." });
    expect(file.reads).toBe(0);
  });

  test.each(actions)("%s : un fichier trop gros est refusé sur sa taille, sans être lu", async (_label, action) => {
    state.user = national;
    const file = new GuardedFile("export.csv", "text/csv", 9 * 1024 * 1024);
    const result = await action(form(file));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Le fichier dépasse \d+ Mo : découpez-le/) });
    expect(file.reads).toBe(0);
  });

  test.each(actions)("%s : un classeur Excel est refusé sur son type, sans être lu", async (_label, action) => {
    state.user = national;
    const file = new GuardedFile("agrements.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const result = await action(form(file));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Ce fichier n'est pas un fichier CSV") });
    expect(file.reads).toBe(0);
  });

  test.each(actions)("%s : l'historique reçoit un nom de fichier nettoyé, jamais le nom brut", async (label, action) => {
    state.user = national;
    const raw = `C:\\Users\\agent\\..\\export\u0007\u202e${"é".repeat(150)}.csv`;
    await action(form(new File(["code_tp\n"], raw, { type: "text/csv" })));
    expect(state.calls).toHaveLength(1);
    const names = state.calls[0]!.filter((arg): arg is string => typeof arg === "string");
    if (label.includes("simulation") && !label.startsWith("VALCE")) expect(names).toEqual([]);
    else expect(names.at(-1)).toBe(cleanFileName(raw));
    expect(names.join("")).not.toContain("\\");
  });
});

describe("nom de fichier gardé dans l'historique", () => {
  test.each([
    ["C:\\Users\\agent\\Bureau\\export VALCE.csv", "export VALCE.csv"],
    ["/home/agent/../titres.csv", "titres.csv"],
    ["Nguyễn\u0000\u0007\u001b[31m.csv", "Nguyễn[31m.csv"],
    ["\u202eexe.csv", "exe.csv"],
    ["", "fichier.csv"],
    [`${"Ø".repeat(120)}.csv`, "Ø".repeat(100)],
  ])("%j → %j", (raw, kept) => {
    expect(cleanFileName(raw)).toBe(kept);
  });
});

describe("type déclaré du fichier", () => {
  test.each([
    [{ name: "export.csv", type: "text/csv" }, true],
    [{ name: "export.csv", type: "" }, true],
    [{ name: "export.csv", type: "application/vnd.ms-excel" }, true],
    [{ name: "export.txt", type: "text/plain" }, true],
    [{ name: "export", type: "text/csv" }, true],
    [{ name: "export", type: "" }, false],
    [{ name: "agrements.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, false],
    [{ name: "scan.pdf", type: "application/pdf" }, false],
    [{ name: "photo.csv", type: "image/png" }, false],
  ])("%j → %s", (file, accepted) => {
    expect(isCsvUpload(file)).toBe(accepted);
  });
});
