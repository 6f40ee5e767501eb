import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid, ok, refuse, type Result } from "@/lib/result";
import { createUserSchema } from "./schemas";

export type NationalAccountInput = { email: string; prenom: string; nom: string; password: string };

const EMAIL_TAKEN = "Un compte existe déjà avec cette adresse électronique.";
/** The audit trail's actor: nobody is signed in when the first account is made from the server's shell. */
export const ADMIN_CREATE_ACTOR = { system: "Création d'un compte national (npm run admin:create)" };

/**
 * A national account with a password, made from the command line (`npm run admin:create`): the first
 * administrator of an installation, or another one. Same rules as the Utilisateurs form.
 */
export async function createNationalAccount(input: NationalAccountInput, db: Db): Promise<Result<{ id: string }>> {
  const parsed = createUserSchema.safeParse({ ...input, role: "national" });
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  if (!data.password) return refuse("Un mot de passe est requis.", { password: ["Un mot de passe est requis."] });
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, data.email.toLowerCase()));
      if (taken) return refuse(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
      const values = { email: data.email, prenom: data.prenom, nom: data.nom.toUpperCase(), role: "national" as const };
      const [created] = await tx.insert(users).values({ ...values, passwordHash }).returning({ id: users.id });
      await recordAudit(tx, ADMIN_CREATE_ACTOR, {
        action: "utilisateur.cree",
        entityType: "user",
        entityId: created!.id,
        after: { ...values, regionCode: null, departementCode: null, centreId: null, active: true, motDePasse: "défini" },
      });
      return ok({ id: created!.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) return refuse(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}
