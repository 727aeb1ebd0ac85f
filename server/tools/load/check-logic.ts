import { isDeepStrictEqual } from 'node:util';

/** One check of the run, as printed: its name, whether it held, and the figures or first offenders. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** A check holds when it found no problem; the first few problems are named. */
export function verdict(name: string, problems: readonly string[], detailWhenOk: string): CheckResult {
  if (problems.length === 0) return { name, ok: true, detail: detailWhenOk };
  const shown = problems.slice(0, 3).join('; ');
  return { name, ok: false, detail: `${problems.length} problem(s): ${shown}${problems.length > 3 ? '; …' : ''}` };
}

export interface LoggedEvent {
  readonly position: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly commandId: string;
}

export interface Acknowledged {
  readonly commandId: string;
  /** What the client was told: the position of the command's last event, or null when it changed nothing. */
  readonly position: number | null;
}

export function positionsByCommand(events: readonly LoggedEvent[]): Map<string, number[]> {
  const byCommand = new Map<string, number[]>();
  for (const { commandId, position } of events) {
    const positions = byCommand.get(commandId);
    if (positions) positions.push(position);
    else byCommand.set(commandId, [position]);
  }
  for (const positions of byCommand.values()) positions.sort((a, b) => a - b);
  return byCommand;
}

/**
 * A command's events are one append: positions taken together in one transaction, so they form one unbroken range
 * that ends at the position the command answered (none at all when it answered null). A second application would
 * show as a second range, a partial one as a shorter range or a missing end.
 */
export function isOneRangeEndingAt(positions: readonly number[], last: number | null): boolean {
  if (last === null) return positions.length === 0;
  return positions.length > 0 && positions.every((p, i) => p === last - (positions.length - 1 - i));
}

/** Every acknowledged command is in the log exactly once, and with the result its client was given. */
export function checkAcknowledged(
  acked: readonly Acknowledged[],
  byCommand: ReadonlyMap<string, readonly number[]>,
  processed: ReadonlyMap<string, number | null>,
): { lost: string[]; notExactlyOnce: string[] } {
  const lost: string[] = [];
  const notExactlyOnce: string[] = [];
  for (const { commandId, position } of acked) {
    const positions = byCommand.get(commandId) ?? [];
    if (!processed.has(commandId) || (position !== null && positions.length === 0)) {
      lost.push(`${commandId} (answered position ${position})`);
    } else if (processed.get(commandId) !== position || !isOneRangeEndingAt(positions, position)) {
      notExactlyOnce.push(
        `${commandId}: answered ${position}, recorded ${processed.get(commandId)}, events at ${positions.join(',')}`,
      );
    }
  }
  return { lost, notExactlyOnce };
}

/** A refusal changes nothing: no events and no processed_commands row carry its commandId. */
export function checkRefused(
  refused: readonly string[],
  byCommand: ReadonlyMap<string, readonly number[]>,
  processed: ReadonlyMap<string, unknown>,
): string[] {
  return refused.filter((id) => byCommand.has(id) || processed.has(id)).map((id) => `${id} was refused but stored`);
}

/**
 * Events and the command's record commit together or not at all: no events without their processed_commands row,
 * and every recorded result matches the events that carry its id.
 */
export function checkAllOrNothing(
  byCommand: ReadonlyMap<string, readonly number[]>,
  processed: ReadonlyMap<string, number | null>,
): string[] {
  const problems: string[] = [];
  for (const [commandId, positions] of byCommand) {
    if (!processed.has(commandId))
      problems.push(`events ${positions.join(',')} of ${commandId} have no command record`);
  }
  for (const [commandId, position] of processed) {
    const positions = byCommand.get(commandId) ?? [];
    if (!isOneRangeEndingAt(positions, position)) {
      problems.push(`${commandId} recorded position ${position}, events at ${positions.join(',') || 'none'}`);
    }
  }
  return problems;
}

/** The counter hands out positions without gaps: 1..n in order, and the counter stands at n. */
export function checkPositions(positionsInOrder: readonly number[], counter: number): string[] {
  const problems: string[] = [];
  positionsInOrder.forEach((position, i) => {
    if (position !== i + 1) problems.push(`position ${position} at place ${i + 1}`);
  });
  if (counter !== positionsInOrder.length) {
    problems.push(`the counter stands at ${counter} for ${positionsInOrder.length} events`);
  }
  return problems;
}

/**
 * Read in global order, each stream's versions go 1, 2, 3… (so they are contiguous, and later versions have later
 * positions), and the stream's row holds its last version.
 */
export function checkStreams(eventsInOrder: readonly LoggedEvent[], streams: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  const last = new Map<string, number>();
  for (const { streamId, streamVersion, position } of eventsInOrder) {
    const expected = (last.get(streamId) ?? 0) + 1;
    if (streamVersion !== expected)
      problems.push(`${streamId} has version ${streamVersion} at ${position}, not ${expected}`);
    last.set(streamId, streamVersion);
  }
  for (const [streamId, version] of streams) {
    if ((last.get(streamId) ?? 0) !== version) {
      problems.push(`${streamId}: row says ${version}, events end at ${last.get(streamId) ?? 0}`);
    }
  }
  for (const streamId of last.keys()) if (!streams.has(streamId)) problems.push(`${streamId} has events but no row`);
  return problems;
}

type Keyed = { id?: string; position?: number };

/** Row by row, keyed by id (or position): rows only one side has, and rows that differ. */
export function diffRows(table: string, live: readonly Keyed[], rebuilt: readonly Keyed[]): string[] {
  const key = (row: Keyed) => String(row.id ?? row.position);
  const rebuiltByKey = new Map(rebuilt.map((row) => [key(row), row]));
  const problems: string[] = [];
  for (const row of live) {
    const other = rebuiltByKey.get(key(row));
    if (!other) problems.push(`${table} ${key(row)} is live but not in the rebuild`);
    else if (!isDeepStrictEqual(row, other)) problems.push(`${table} ${key(row)} differs from the rebuild`);
    rebuiltByKey.delete(key(row));
  }
  for (const k of rebuiltByKey.keys()) problems.push(`${table} ${k} is in the rebuild but not live`);
  return problems;
}
