import { performance } from 'node:perf_hooks';
import { eq, max } from 'drizzle-orm';
import { eventPosition, events, processedCommands, projectionVersions, streams } from '../../db/schema';
import type { Database } from '../../db/types';
import { readAll } from '../../event-store';
import { replayInMemory } from '../../read-models';
import { asyncProjections } from '../../read-models/async';
import { liveReadModel, memoryReadModel } from '../testing/read-model';
import {
  checkAcknowledged,
  checkAllOrNothing,
  checkPositions,
  checkRefused,
  checkStreams,
  diffRows,
  positionsByCommand,
  verdict,
  type Acknowledged,
  type CheckResult,
} from './check-logic';
import { currentViolations, historyViolations } from './invariants';

export interface Ledger {
  /** Commands whose client got a 2xx answer. */
  readonly acked: readonly Acknowledged[];
  /** Commands answered with a 4xx: final refusals, nothing may have been stored. */
  readonly refused: readonly string[];
}

/** Everything is read straight from the database, once the load has stopped. */
export async function checkStore(db: Database, ledger: Ledger): Promise<{ checks: CheckResult[]; lost: number }> {
  const log = await readAll(db, { limit: Number.MAX_SAFE_INTEGER });
  const logged = log.map((e) => ({ ...e, commandId: e.metadata.commandId }));
  const processed = new Map(
    (await db.select().from(processedCommands)).map((row) => [
      row.commandId,
      (row.result as { position: number | null }).position,
    ]),
  );
  const streamRows = new Map((await db.select().from(streams)).map((row) => [row.streamId, row.version]));
  const [counter] = await db.select().from(eventPosition).where(eq(eventPosition.id, 1));
  const byCommand = positionsByCommand(logged);

  const { lost, notExactlyOnce } = checkAcknowledged(ledger.acked, byCommand, processed);
  const changed = ledger.acked.filter((a) => a.position !== null).length;
  const live = await liveReadModel(db);
  const rebuilt = memoryReadModel(await replayInMemory(log));
  const tables = Object.keys(live) as (keyof typeof live)[];
  const rows = tables.map((t) => `${live[t].length} ${t}`).join(', ');

  const checks = [
    verdict('no acknowledged command lost', lost, `lost: 0 of ${ledger.acked.length} acknowledged`),
    verdict(
      'every acknowledged command stored exactly once, with the answer its client got',
      notExactlyOnce,
      `${changed} commands' events each form one range ending at the answered position; ${ledger.acked.length - changed} answered "no change" and have none`,
    ),
    verdict(
      'refused commands stored nothing',
      checkRefused(ledger.refused, byCommand, processed),
      `${ledger.refused.length} refusals, none in the log`,
    ),
    verdict(
      'no half-applied command (events and command record commit together)',
      checkAllOrNothing(byCommand, processed),
      `${processed.size} command records, ${byCommand.size} of them with events, all matching`,
    ),
    verdict(
      'global positions 1..n without gaps, counter at n',
      checkPositions(
        log.map((e) => e.position),
        counter?.value ?? -1,
      ),
      `${log.length} events`,
    ),
    verdict(
      'stream versions contiguous, rising with position, row = last version',
      checkStreams(logged, streamRows),
      `${streamRows.size} streams`,
    ),
    verdict(
      'inline projections equal a rebuild from the log',
      tables.flatMap((t) => diffRows(t, live[t], rebuilt[t])),
      rows,
    ),
    verdict(
      'domain invariants on the read tables (workflow statuses, unique task numbers ≤ last)',
      currentViolations(live.projects, live.tasks),
      `${live.tasks.length} tasks in ${live.projects.length} project(s)`,
    ),
    verdict(
      'domain invariants at every point of the history',
      historyViolations(log),
      `${log.length} events folded in order`,
    ),
  ];
  return { checks, lost: lost.length };
}

/** The app's own runners must bring every asynchronous projection to the head of the log. */
export async function waitForAsyncProjections(db: Database, withinMs: number): Promise<CheckResult> {
  const started = performance.now();
  const [head] = await db.select({ position: max(events.position) }).from(events);
  const target = head?.position ?? 0;
  const name = `async projections reach the head (${target}) within ${withinMs / 1000} s`;
  let behind: string[] = [];
  while (performance.now() - started < withinMs) {
    const active = await db.select().from(projectionVersions).where(eq(projectionVersions.state, 'active'));
    behind = asyncProjections
      .map((p) => ({ name: p.name, position: active.find((row) => row.name === p.name)?.position ?? 0 }))
      .filter((p) => p.position < target)
      .map((p) => `${p.name} at ${p.position}`);
    if (behind.length === 0) {
      return {
        name,
        ok: true,
        detail: `caught up ${((performance.now() - started) / 1000).toFixed(1)} s after the load`,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return verdict(name, behind, '');
}
