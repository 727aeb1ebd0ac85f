import type { PgTable } from 'drizzle-orm/pg-core';
import { EVENT_TYPES } from '../event-store/schemas';
import { taskIdOfStream, type StoredEvent } from '../event-store/types';

/**
 * The one shape of a read model. A read model declares its name, the tables it owns, the events it handles, whether
 * it is kept inline (in the command's transaction) or asynchronously (by the runner), whose rows it reads as they
 * were before the event, and a function from (rows as they are, read-only; the event) to the row changes that event
 * makes. Stores (SQL inside the command, SQL for an async build, memory for a replay) only read and apply changes,
 * so every way of maintaining a read model runs the same function.
 */

export type EventType = StoredEvent['type'];

/** A table a read model owns: the drizzle table, the row the read model writes, and the columns that name a row. */
export interface OwnedTable<Row extends object = Record<string, unknown>, Key extends keyof Row = keyof Row> {
  readonly table: PgTable;
  readonly key: readonly Key[];
  /** Async read models' rows carry the build that wrote them in a `version` column, which the SQL store fills in. */
  readonly byBuild: boolean;
  /**
   * The columns that hold an event's position. An inline read model's changes are computed before the append takes
   * positions (docs/performance.md): these columns then hold the event's number within the append, and the append's
   * statement adds the base. A read model may only copy `event.position` into them, never compute with it.
   */
  readonly positions?: readonly string[];
  /** Carries the row type only. */
  readonly row?: Row;
}

type Select<T extends PgTable> = T['$inferSelect'];

/** A table of an inline read model. */
export const table = <T extends PgTable, K extends keyof Select<T>>(t: T, ...key: K[]): OwnedTable<Select<T>, K> => ({
  table: t,
  key,
  byBuild: false,
});

/** The same table, with the columns that hold an event's position. */
export const holdingPositions = <O extends OwnedTable<any, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  owned: O,
  ...columns: (keyof RowOf<O> & string)[]
): O => ({ ...owned, positions: columns });

/** A table of an async read model: its `version` column is the build, left to the store. */
export const buildTable = <T extends PgTable & { $inferSelect: { version: number } }, K extends keyof Select<T>>(
  t: T,
  ...key: Exclude<K, 'version'>[]
): OwnedTable<Omit<Select<T>, 'version'>, Exclude<K, 'version'>> => ({ table: t, key, byBuild: true });

export type Tables = Record<string, OwnedTable<any, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type RowOf<O> = O extends { readonly row?: infer Row } ? Row : never;
export type KeyOf<O> = O extends OwnedTable<infer Row, infer K> ? Pick<Row, K> : never;

/** One change to one row of a table the read model owns, typed by that table's row. */
export type RowChange<T extends Tables> = {
  [N in keyof T & string]:
    | { readonly insert: N; readonly row: RowOf<T[N]> }
    | { readonly update: N; readonly key: KeyOf<T[N]>; readonly set: Partial<RowOf<T[N]>> }
    | { readonly delete: N; readonly key: KeyOf<T[N]> };
}[keyof T & string];

/** What a read model may read: its own rows and those of the read models it reads before, never a write. */
export interface RowReader<T extends Tables> {
  get<N extends keyof T & string>(table: N, key: KeyOf<T[N]>): Promise<RowOf<T[N]> | undefined>;
  /** Every row whose columns equal `where` (one project's rows, say). */
  find<N extends keyof T & string>(table: N, where: Partial<RowOf<T[N]>>): Promise<RowOf<T[N]>[]>;
}

export type Maintained = 'inline' | 'async';

export interface ReadModel<T extends Tables = Tables, M extends Maintained = Maintained> {
  readonly name: string;
  readonly maintained: M;
  readonly tables: T;
  /** Read models whose rows this one reads as they were before the event: they run after it, for every event. */
  readonly readsBefore: readonly ReadModel[];
  readonly handles: ReadonlySet<EventType>;
  /** The rows it will read for an event, so that a command's store can fetch them all in one statement first. */
  readonly reads?: (event: StoredEvent) => readonly RowRead[];
  apply(event: StoredEvent, rows: RowReader<Tables>): Promise<readonly RowChange<Tables>[]>;
}

/** One row a read model reads, by table and key. */
export interface RowRead {
  readonly table: string;
  readonly key: Record<string, unknown>;
}

export type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type TablesOf<B extends readonly ReadModel[]> = B extends readonly []
  ? unknown
  : UnionToIntersection<B[number]['tables']>;

export function defineReadModel<
  const T extends Tables,
  const H extends EventType,
  const M extends Maintained,
  const B extends readonly ReadModel[] = [],
>(model: {
  name: string;
  maintained: M;
  tables: T;
  readsBefore?: B;
  handles: readonly H[];
  reads?: (event: StoredEvent) => readonly RowRead[];
  apply(
    event: Extract<StoredEvent, { type: H }>,
    rows: RowReader<T & TablesOf<B> & Tables>,
  ): Promise<readonly RowChange<T>[]> | readonly RowChange<T>[];
}): ReadModel<T, M> {
  return {
    name: model.name,
    maintained: model.maintained,
    tables: model.tables,
    readsBefore: model.readsBefore ?? [],
    handles: new Set(model.handles),
    reads: model.reads,
    // The stores call apply only with the events the model handles, and give it every table it may read.
    apply: async (event, rows) => model.apply(event as Extract<StoredEvent, { type: H }>, rows),
  };
}

/**
 * Every event type but the ones named. A read model that handles nearly every event says so with this rather than a
 * list: a new event type then reaches its exhaustive switch, which stops compiling until it is handled.
 */
export const everyEventBut = <const X extends EventType>(...left: readonly X[]) =>
  EVENT_TYPES.filter((type): type is Exclude<EventType, X> => !(left as readonly EventType[]).includes(type));

/** The task an event of a task stream is about. */
export const taskIdOf = (event: StoredEvent) => taskIdOfStream(event.streamId);
