import { getCurrentUser } from "@/lib/auth/auth-session";
import { paysSearchParamsSchema } from "@/lib/communes/schemas";
import { searchPays } from "@/lib/communes/pays";
import { invalid } from "@/lib/result";

/** Countries for a birth abroad, as the person types: at most 10 results. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ message: "Authentification requise." }, { status: 401 });
  const parsed = paysSearchParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json(invalid(parsed.error), { status: 400 });
  return Response.json({ results: await searchPays(parsed.data.q) }, { headers: { "Cache-Control": "private, no-store" } });
}
