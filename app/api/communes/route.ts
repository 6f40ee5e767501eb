import { getCurrentUser } from "@/lib/auth/auth-session";
import { communeSearchParamsSchema } from "@/lib/communes/schemas";
import { MAX_RESULTS, searchCommunes } from "@/lib/communes/search";
import { invalid } from "@/lib/result";

/** The commune combobox asks here as the person types: at most 10 results, never the whole list. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ message: "Authentification requise." }, { status: 401 });
  const parsed = communeSearchParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json(invalid(parsed.error), { status: 400 });
  const results = await searchCommunes({ ...parsed.data, limit: MAX_RESULTS });
  return Response.json({ results }, { headers: { "Cache-Control": "private, no-store" } });
}
