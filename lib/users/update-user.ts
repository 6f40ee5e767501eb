import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { canAdministerUsers, selfChangeRefusal } from "./permissions";
import { resolveScope } from "./resolve-scope";
import type { UpdateUserData } from "./schemas";
import { loadAccountSnapshot } from "./snapshot";

const EMAIL_TAKEN = "Un compte existe déjà avec cette adresse électronique.";
export const STALE_VERSION =
  "Cet utilisateur a été modifié par quelqu'un d'autre depuis l'ouverture du formulaire. Rechargez la page pour voir ses nouvelles valeurs, puis refaites votre modification.";

export async function updateUser(actor: CurrentUser, data: UpdateUserData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canAdministerUsers(actor)) return fail("introuvable", "Cette ressource est introuvable.");
  const selfRefusal = selfChangeRefusal(actor, { targetId: data.id, role: data.role });
  if (selfRefusal) return fail("interdit", selfRefusal, { role: [selfRefusal] });
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  try {
    return await db.transaction(async (tx) => {
      const before = await loadAccountSnapshot(tx, data.id);
      if (!before) return fail("introuvable", "Cet utilisateur est introuvable.");
      if (before.version !== data.version) return fail("conflit_version", STALE_VERSION);

      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(sql`lower(${users.email})`, data.email.toLowerCase()), ne(users.id, data.id)));
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
      // A new password, role or scope ends the auth sessions opened before it.
      const now = new Date();
      const credentialsChanged =
        passwordHash !== null ||
        values.role !== before.role ||
        values.regionCode !== before.regionCode ||
        values.departementCode !== before.departementCode ||
        values.centreId !== before.centreId;
      await tx
        .update(users)
        .set({
          ...values,
          ...(passwordHash ? { passwordHash } : {}),
          ...(credentialsChanged ? { authSessionsValidFrom: now } : {}),
          version: before.version + 1,
          updatedAt: now,
        })
        .where(eq(users.id, data.id));

      const { version: _v, active: _a, ...comparable } = before;
      const diff = changedFields(comparable, values);
      if (passwordHash) (diff.after as Record<string, unknown>).motDePasse = "réinitialisé";
      await recordAudit(tx, actor, { action: "utilisateur.modifie", entityType: "user", entityId: data.id, ...diff });
      return ok({ id: data.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) return fail("deja_existant", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}
