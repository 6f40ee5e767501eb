import type { APIRequestContext } from "@playwright/test";
import { listAppRoutes, fillPattern } from "./support/app-routes";
import { expect, loginWith, test as base } from "./support/fixtures";
import { ROLE_LABELS, ROLE_PLACES, ROLES, seedCast, type Cast, type Role } from "./support/matrice-cast";
import { MATRIX, type RouteRule } from "./support/matrice-routes";

// One cast of rows per worker: the six roles' tests read it, none writes.
const test = base.extend<object, { cast: Cast }>({
  cast: [async ({ database }, use) => use(await seedCast(database)), { scope: "worker" }],
});

type Probe = { url: string; expected: number | "connexion"; why: string };
type ScopedRule = Exclude<RouteRule, { access: "public" | "postOnly" }>;

const scopedRules = () => Object.entries(MATRIX).filter((e): e is [string, ScopedRule] => e[1].access !== "public" && e[1].access !== "postOnly");

function url(pattern: string, target: { params?: Record<string, string>; query?: string }): string {
  const path = fillPattern(pattern, target.params ?? {});
  return target.query ? `${path}?${target.query}` : path;
}

/** What one signed-in role must get: its object (200 or 404), another place's object (404), an unknown one (404). */
function probesFor(role: Role, cast: Cast): Probe[] {
  const { inScope, outOfScope } = ROLE_PLACES[role];
  return scopedRules().flatMap(([pattern, rule]) => {
    const allowed = rule.access.includes(role);
    const probes: Probe[] = [{ url: url(pattern, rule.target?.(cast, inScope) ?? {}), expected: allowed ? (rule.ok ?? 200) : 404, why: allowed ? "dans le périmètre" : "route fermée à ce rôle" }];
    if (rule.target && rule.scoped !== false && outOfScope) {
      probes.push({ url: url(pattern, rule.target(cast, outOfScope)), expected: allowed ? (rule.outOfScope?.(role) ?? 404) : 404, why: "hors périmètre" });
    }
    if (rule.unknown && role === "national") probes.push({ url: fillPattern(pattern, rule.unknown), expected: 404, why: "identifiant inconnu" });
    return probes;
  });
}

function anonymousProbes(cast: Cast): Probe[] {
  return Object.entries(MATRIX).flatMap(([pattern, rule]): Probe[] => {
    if (rule.access === "postOnly") return [];
    if (rule.access === "public") return [{ url: rule.probe ?? pattern, expected: rule.status ?? 200, why: "page publique" }];
    return [{ url: url(pattern, rule.target?.(cast, "gard") ?? {}), expected: rule.anonymous === 401 ? 401 : "connexion", why: "sans connexion" }];
  });
}

/** Asks every probe (four at a time) and returns the answers that differ from the matrix, readable. */
async function mismatches(request: APIRequestContext, probes: Probe[]): Promise<string[]> {
  const wrong: string[] = [];
  for (let i = 0; i < probes.length; i += 4) {
    await Promise.all(
      probes.slice(i, i + 4).map(async (probe) => {
        const response = await request.get(probe.url, { maxRedirects: 0 });
        const status = response.status();
        const location = response.headers()["location"] ?? "";
        const ok = probe.expected === "connexion" ? [302, 303, 307].includes(status) && location.includes("/connexion") : status === probe.expected;
        if (!ok) wrong.push(`${probe.url} (${probe.why}) : attendu ${probe.expected}, reçu ${status}${location ? ` → ${location}` : ""}`);
        await response.dispose();
      }),
    );
  }
  return wrong.sort();
}

test.describe("matrice des rôles et des routes", () => {
  test("chaque page et chaque route de app/ figure dans la matrice, et rien d'autre", () => {
    const routes = listAppRoutes();
    const problems = [
      ...routes.filter((r) => !(r.pattern in MATRIX)).map((r) => `absente de la matrice : ${r.pattern} (${r.file})`),
      ...Object.keys(MATRIX).filter((p) => !routes.some((r) => r.pattern === p)).map((p) => `dans la matrice mais plus dans app/ : ${p}`),
      ...routes.filter((r) => r.kind === "route" && !r.methods.includes("GET") && MATRIX[r.pattern]?.access !== "postOnly").map((r) => `route sans GET à déclarer « postOnly » : ${r.pattern}`),
    ];
    expect(problems, "tests/e2e/support/matrice-routes.ts est à compléter").toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  test("sans connexion : les pages mènent à /connexion, les API répondent 401, les pages publiques s'ouvrent", async ({ request, cast }) => {
    expect(await mismatches(request, anonymousProbes(cast))).toEqual([]);
  });

  for (const role of ROLES) {
    test(`${ROLE_LABELS[role]} : 200 dans son périmètre, 404 hors de son périmètre et sur les routes qui ne sont pas les siennes`, async ({ request, cast }) => {
      await loginWith(request, cast.logins[role]);
      expect(await mismatches(request, probesFor(role, cast))).toEqual([]);
    });
  }

  test("l'icône du site est servie (/favicon.ico)", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
  });
});
