import { parseArgs } from 'node:util';
import { DomainError } from '@/domain';
import { exportCommand, importCommand, LOG_USAGE } from '../../log-file/cli';
import { openFromEnv } from './open-from-env';

/** `npm run log -- export KEY > FILE` and `npm run log -- import FILE [--key NEW] [--owner EMAIL]`. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { key: { type: 'string' }, owner: { type: 'string' } },
});
const [command, target] = positionals;
if ((command !== 'export' && command !== 'import') || !target || positionals.length > 2) {
  console.error(LOG_USAGE);
  process.exit(2);
}

const handle = await openFromEnv();
try {
  if (command === 'export') await exportCommand(handle.db, target, process.stdout);
  else {
    const imported = await importCommand(handle.db, target, values);
    console.error(`Imported ${imported.events} events as project ${imported.key} (${imported.name}).`);
  }
} catch (error) {
  const refused = error instanceof DomainError;
  console.error(refused ? `Refused: ${error.message}` : error instanceof Error ? error.message : error);
  if (refused && error.message.includes('already used by another project'))
    console.error('Choose another with --key NEW.');
  process.exitCode = 1;
} finally {
  await handle.close();
}
