import { count } from 'drizzle-orm';
import { events } from '../../db/schema';
import { seedDemo } from '../seed/demo';
import { openFromEnv } from './open-from-env';

const ifEmpty = process.argv.includes('--if-empty');
const handle = await openFromEnv();
try {
  const [row] = await handle.db.select({ n: count() }).from(events);
  if (ifEmpty && (row?.n ?? 0) > 0) {
    console.log('The database already holds history; no demo added.');
  } else {
    const summary = await seedDemo(handle.db);
    console.log(`Demo project ${summary.key} created: ${summary.events} events by ${summary.people} people.`);
  }
} finally {
  await handle.close();
}
