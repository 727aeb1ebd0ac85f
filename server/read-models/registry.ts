import { activity } from './activity';
import { board } from './board';
import { comments } from './comments';
import type { ReadModel, RowOf, UnionToIntersection } from './define';
import { fingerprints } from './fingerprints';
import { inbox } from './inbox';
import { insights } from './insights';
import { labels } from './labels';
import { members } from './members';
import { namedPoints } from './named-points';
import { inRunOrder, withWhatTheyRead } from './order';
import { tablesOf } from './store';

/** A read model with the version of its code: the fingerprint of its source (server/read-models/fingerprints.ts). */
export type VersionedReadModel = ReadModel & { readonly version: string };

/**
 * Every read model the app keeps, the one list: run order, rebuild, status, replay, the memory store's tables and
 * versions are all derived from it. Each is declared in `server/read-models/<name>.ts`.
 */
const declared = [board, comments, activity, members, namedPoints, labels, insights, inbox] as const;

export const readModels: readonly VersionedReadModel[] = inRunOrder<ReadModel>(declared).map((model) => ({
  ...model,
  version: fingerprints[model.name] ?? 'unfingerprinted',
}));

export type AllTables = UnionToIntersection<(typeof declared)[number]['tables']>;
/** The row of every read table, by name: `ReadRows['tasks']`. */
export type ReadRows = { [N in keyof AllTables]: RowOf<AllTables[N]> };
type InlineTables = UnionToIntersection<Extract<(typeof declared)[number], { maintained: 'inline' }>['tables']>;
/** The rows of every inline read table, by name. */
export type InlineRows = { [N in keyof InlineTables]: RowOf<InlineTables[N]>[] };

export const inlineReadModels = readModels.filter((m) => m.maintained === 'inline');
export const asyncReadModels = readModels.filter((m) => m.maintained === 'async');

/** Every table a read model owns, by name: two read models never own one table. */
export const readTables = tablesOf(readModels);
const owners = readModels.flatMap((m) => Object.keys(m.tables));
if (new Set(owners).size !== owners.length) throw new Error(`Two read models own one table: ${owners.join(', ')}`);

/** The registered models needed to fold the given ones (with those they read the "before" of), in run order. */
export function foldedWith(models: readonly ReadModel[]): VersionedReadModel[] {
  const names = new Set(withWhatTheyRead(models).map((m) => m.name));
  return readModels.filter((m) => names.has(m.name));
}
