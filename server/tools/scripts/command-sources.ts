import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { handlers } from '../../commands/handlers';
import { locateCommandSources, SOURCES_FILE, sourcesModule } from '../command-sources/locate';

/** Writes server/commands/sources.ts, where the inspector finds each command's code (run before dev and build). */
const root = process.cwd();
const file = join(root, SOURCES_FILE);
const next = await format(sourcesModule(locateCommandSources(root, Object.keys(handlers))), {
  ...(await resolveConfig(file)),
  filepath: file,
});
if (readFileSync(file, { encoding: 'utf8', flag: 'a+' }) !== next) {
  writeFileSync(file, next);
  console.log(`Command sources moved: wrote ${SOURCES_FILE}`);
}
