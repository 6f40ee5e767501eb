/** True when the error (or the driver error drizzle wrapped) is a unique constraint violation. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (candidate.code === "23505") {
      if (!constraint) return true;
      const name = candidate.constraint_name ?? candidate.constraint ?? candidate.message ?? "";
      return name.includes(constraint);
    }
  }
  return false;
}
