import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "@/db/client";
import { createNationalAccount } from "@/lib/users/create-national-account";
import { createUserSchema, PASSWORD_MIN_LENGTH } from "@/lib/users/schemas";

/**
 * `npm run admin:create -- --email prenom.nom@travail.gouv.fr [--prenom … --nom …] [--generer]`: a national
 * account on the configured database (DATABASE_URL, or the embedded one), with a password typed twice
 * without echo, or, with --generer, a random one printed once. Exit code: 0 created, 1 refused, 2 usage.
 */
const USAGE = "Usage : npm run admin:create -- --email prenom.nom@travail.gouv.fr [--prenom Prénom --nom NOM] [--generer]";

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({
      options: { email: { type: "string" }, prenom: { type: "string" }, nom: { type: "string" }, generer: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

/** One line typed on a terminal, not echoed (raw mode), as `sudo` asks for a password. */
function readHiddenLine(question: string): Promise<string> {
  const stdin = process.stdin;
  // Raw mode before the question shows: a key typed as soon as it appears must not be echoed.
  stdin.setRawMode(true);
  process.stdout.write(question);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve) => {
    let value: string[] = [];
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          stdin.setRawMode(false);
          fail("\nInterrompu : aucun compte créé.", 130);
        } else if (char === "\r" || char === "\n") {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stdout.write("\n");
          return resolve(value.join(""));
        } else if (char === "\u007f" || char === "\b") {
          value = value.slice(0, -1);
        } else if (char >= " ") {
          value.push(char);
        }
      }
    };
    stdin.on("data", onData);
  });
}

/** The password typed twice: hidden on a terminal, read line by line when stdin is a pipe. */
async function askPassword(): Promise<string> {
  const questions = [`Mot de passe (${PASSWORD_MIN_LENGTH} caractères au moins, non affiché) : `, "Le même mot de passe, à nouveau : "];
  const answers: string[] = [];
  if (process.stdin.isTTY) {
    for (const question of questions) answers.push(await readHiddenLine(question));
  } else {
    const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
    for (const question of questions) {
      process.stdout.write(question + "\n");
      const next = await lines.next();
      answers.push(next.done ? "" : next.value);
    }
  }
  if (answers[0] !== answers[1]) fail("Les deux saisies du mot de passe diffèrent : aucun compte créé.", 1);
  return answers[0]!;
}

const args = readArgs();
if (!args.email) fail(`Indiquez l'adresse électronique du compte (--email).\n${USAGE}`, 2);
const identity = { email: args.email, prenom: args.prenom ?? "Administrateur", nom: args.nom ?? "National" };
// Address and names checked before the password is asked for: nobody types it twice for a typo.
const early = createUserSchema.safeParse({ ...identity, role: "national" });
if (!early.success) fail(early.error.issues.map((i) => i.message).join("\n"), 2);

const password = args.generer ? randomBytes(18).toString("base64url") : await askPassword();
const handle = openConfiguredDatabase();
await handle.migrate();
const result = await createNationalAccount({ ...identity, password }, handle.db);
await handle.close();
if (!result.ok) {
  const details = Object.values(result.fieldErrors ?? {}).flat();
  fail([result.message, ...details.filter((d) => d !== result.message)].join("\n"), 1);
}
console.log(`Compte national créé (${handle.driver}) : ${early.data.email} — ${early.data.prenom} ${early.data.nom.toUpperCase()}.`);
if (args.generer) {
  console.log(`Mot de passe généré, affiché cette seule fois : ${password}`);
  console.log("Conservez-le dans un coffre-fort de mots de passe ; il peut être changé depuis Utilisateurs.");
}
