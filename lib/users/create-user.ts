import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { canAdministerUsers } from "./permissions";
import { resolveScope } from "./resolve-scope";
import type { CreateUserData } from "./schemas";

const EMAIL_TAKEN = "Un compte existe déjà avec cette adresse électronique.";

export async function createUser(actor: CurrentUser, data: CreateUserData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canAdministerUsers(actor)) return fail("introuvable", "Cette ressource est introuvable.");
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, data.email.toLowerCase()));
      if (taken) return fail("deja_existant", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
      const scope = await resolveScope(tx, data);
      if (!scope.ok) return fail("invalide", "Le rattachement de l'utilisateur est incorrect.", scope.fieldErrors);

      const values = {
        email: data.email,
        prenom: data.prenom,
        nom: data.nom.toUpperCase(),
        role: data.role,
        regionCode: scope.regionCode,
        departementCode: scope.departementCode,
        centreId: scope.centreId,
      };
      const [created] = await tx.insert(users).values({ ...values, passwordHash }).returning({ id: users.id });
      await recordAudit(tx, actor, {
        action: "utilisateur.cree",
        entityType: "user",
        entityId: created!.id,
        after: { ...values, active: true, motDePasse: passwordHash ? "défini" : "aucun (connexion ProConnect)" },
      });
      return ok({ id: created!.id });
    });
  } catch (error) {
    // Two administrators creating the same address at once: the unique index decides.
    if (isUniqueViolation(error, "users_email_unique")) return fail("deja_existant", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}
