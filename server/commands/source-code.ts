import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandSources, SourceRange } from './command-sources';
import { commandSources } from './sources';

/** A range of the code with its lines, when the app runs beside its sources (a deployed build may have none). */
export type ShownRange = SourceRange & { readonly code?: string };

const MAX_LINES = 60;

/**
 * Where a type of command is handled and decided, with the code of each range. The ranges are generated from the
 * handler table and the domain (npm run commands:sources); only those fixed files are ever read, never a path from
 * a request.
 */
export async function sourcesOf(commandType: string): Promise<{ handler: ShownRange; decider: ShownRange[] } | null> {
  const sources: CommandSources | undefined = Object.hasOwn(commandSources, commandType)
    ? commandSources[commandType]
    : undefined;
  if (!sources) return null;
  return { handler: await withCode(sources.handler), decider: await Promise.all(sources.decider.map(withCode)) };
}

async function withCode(range: SourceRange): Promise<ShownRange> {
  const text = await readFile(join(/* turbopackIgnore: true */ process.cwd(), range.file), 'utf8').catch(() => null);
  if (text === null) return range;
  const lines = text.split('\n').slice(range.from - 1, Math.min(range.to, range.from - 1 + MAX_LINES));
  return { ...range, code: lines.join('\n') };
}
