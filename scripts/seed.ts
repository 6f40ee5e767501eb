import { openConfiguredDatabase } from "@/db/client";
import { seedAll } from "@/db/seed";

const withDemo = !process.argv.includes("--sans-demo");
const handle = openConfiguredDatabase();
const started = performance.now();
await handle.migrate();
const counts = await seedAll(handle.db, { demo: withDemo });
for (const c of counts) console.log(`  ${c.table.padEnd(20)} ${String(c.inserted).padStart(6)} insérées  ${String(c.updated).padStart(6)} mises à jour`);
console.log(`Données de référence chargées (${handle.driver}) en ${Math.round(performance.now() - started)} ms.`);
await handle.close();
