import { getCurrentUser } from "@/lib/auth/auth-session";
import { roleLabels } from "@/lib/auth/current-user";
import { csvResponse } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { formatDateTimeParis } from "@/lib/dates";
import { parseListParams } from "@/lib/table/list-params";
import { iterateUsersForExport, userListSpec } from "@/lib/users/queries";
import { canAdministerUsers } from "@/lib/users/permissions";

const header = ["Nom", "Prénom", "Adresse électronique", "Rôle", "Région", "Département", "Centre", "SIRET du centre", "Statut", "Dernière connexion"];

/** The whole filtered list (not only the page on screen), streamed. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Authentification requise.", { status: 401 });
  if (!canAdministerUsers(user)) return new Response("Page introuvable.", { status: 404 });
  const params = parseListParams(Object.fromEntries(new URL(request.url).searchParams), userListSpec);

  async function* pages() {
    for await (const rows of iterateUsersForExport(user!, params.filters)) {
      yield rows.map((r) => [
        r.nom,
        r.prenom,
        r.email,
        roleLabels[r.role],
        r.regionNom,
        r.departementNom,
        r.centreNom,
        r.centreSiret,
        r.active ? "Actif" : "Désactivé",
        formatDateTimeParis(r.lastLoginAt),
      ]);
    }
  }
  return csvResponse(exportFileName("utilisateurs-ceres"), header, pages());
}
