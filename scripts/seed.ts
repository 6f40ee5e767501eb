import { openConfiguredDatabase } from "@/db/client";
import { seedReferentiels } from "@/db/seed";

/** `npm run db:seed`: migrations, then the référentiels only. Demo accounts come with `npm run demo`, never here. */
const handle = openConfiguredDatabase();
const started = performance.now();
await handle.migrate();
const counts = await seedReferentiels(handle.db);
for (const c of counts) console.log(`  ${c.table.padEnd(20)} ${String(c.inserted).padStart(6)} insérées  ${String(c.updated).padStart(6)} mises à jour`);
console.log(`Référentiels chargés (${handle.driver}) en ${Math.round(performance.now() - started)} ms. Aucun compte créé : npm run admin:create -- --email …`);
await handle.close();
