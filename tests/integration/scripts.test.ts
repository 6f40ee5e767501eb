import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, test } from "vitest";
import { openPglite } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { DEMO_REFUSED_IN_PRODUCTION } from "@/db/seed";
import { verifyPassword } from "@/lib/auth/password";

// The command lines themselves, run as a user would, on an embedded database in a temporary folder. They do
// not depend on the engine: run once, in the PGlite project.
const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const folder = mkdtempSync(path.join(tmpdir(), "ceres-scripts-"));
const dataDir = path.join(folder, "ceres");

function runScript(script: string, args: string[], env: Record<string, string> = {}, input = "") {
  const childEnv: Record<string, string | undefined> = { ...process.env, CERES_DATA_DIR: dataDir, NODE_ENV: "development", ...env };
  delete childEnv.DATABASE_URL;
  const child = spawnSync(process.execPath, [tsx, script, ...args], { env: childEnv as NodeJS.ProcessEnv, input, encoding: "utf8", timeout: 90_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(process.env.TEST_DB_DRIVER === "postgres")("commandes d'exploitation", () => {
  test("npm run demo refuse de s'exécuter sous NODE_ENV=production, sans ouvrir la base", () => {
    const { code, stderr } = runScript("scripts/demo.ts", [], { NODE_ENV: "production" });
    expect(code).toBe(1);
    expect(stderr).toContain(DEMO_REFUSED_IN_PRODUCTION);
    expect(existsSync(dataDir)).toBe(false);
  });

  test("npm run admin:create -- --generer crée le compte national et affiche son mot de passe une fois ; la même adresse est ensuite refusée", async () => {
    const email = "anders.orsted@travail.gouv.fr";
    const created = runScript("scripts/admin-create.ts", ["--email", email, "--prenom", "Anders", "--nom", "Ørsted", "--generer"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Compte national créé (pglite) : ${email} — Anders ØRSTED.`);
    const password = /affiché cette seule fois : (\S+)/.exec(created.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(24);

    const again = runScript("scripts/admin-create.ts", ["--email", email.toUpperCase()], {}, "Un-autre-mot-de-passe\nUn-autre-mot-de-passe\n");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Un compte existe déjà avec cette adresse électronique.");

    const handle = openPglite({ dataDir });
    try {
      const rows = await handle.db.select().from(users);
      expect(rows.map((u) => [u.email, u.role, u.nom])).toEqual([[email, "national", "ØRSTED"]]);
      expect(await verifyPassword(rows[0]!.passwordHash!, password)).toBe(true);
      const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, rows[0]!.id));
      expect(event).toMatchObject({ action: "utilisateur.cree", actorId: null });
    } finally {
      await handle.close();
    }
  }, 180_000);

  test.each([
    ["sans adresse", [], "", 2, "Indiquez l'adresse électronique du compte (--email)."],
    ["avec une option inconnue", ["--email", "a@b.fr", "--role", "centre"], "", 2, "Usage : npm run admin:create"],
    ["quand les deux saisies du mot de passe diffèrent", ["--email", "nguyen@travail.gouv.fr"], "Mot-de-passe-2026\nMot-de-passe-2027\n", 1, "Les deux saisies du mot de passe diffèrent"],
  ])("npm run admin:create refuse de créer un compte %s", (_label, args, input, code, message) => {
    const result = runScript("scripts/admin-create.ts", args, {}, input);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  }, 60_000);
});
