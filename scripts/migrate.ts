import { openConfiguredDatabase } from "@/db/client";

const handle = openConfiguredDatabase();
const started = performance.now();
await handle.migrate();
console.log(`Migrations appliquées (${handle.driver}) en ${Math.round(performance.now() - started)} ms.`);
await handle.close();
