import { openFromEnv } from './open-from-env';

// Opening the database applies every pending migration; nothing else to do.
const handle = await openFromEnv();
console.log(`Migrations applied (${handle.kind}).`);
await handle.close();
