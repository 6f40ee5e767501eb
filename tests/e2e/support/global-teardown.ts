import postgres from "postgres";

export default async function teardown() {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name || !process.env.DATABASE_URL) return;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
