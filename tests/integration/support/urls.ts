/** The server of DATABASE_URL, pointed at another database of the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A maintenance connection, from which test databases are created and dropped. */
export function adminUrl(): string {
  return process.env.DATABASE_URL!;
}
