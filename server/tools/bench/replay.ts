import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createCaller } from '../../api/root';
import { contextAs } from '../testing/commands';
import { replayCheckpoints } from '../../db/schema';
import type { Database } from '../../db/types';
import { readBoard } from '../../queries/board';
import { historySpan } from '../../replay/inspect';
import { resolvePoint } from '../../replay/point';
import { replayProject } from '../../replay/replay-project';
import { board } from '../../read-models/board';
import { createRandom } from '../seed/random';
import { generateProjectHistory } from './generate-history';

export interface Timing {
  name: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
}

/** The median, p95 and p99 of a set of latencies. */
export function latencies(name: string, times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, samples: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

export async function timeEach(name: string, samples: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return latencies(name, times);
}

/** `clients` callers at once, each doing `each` calls one after another: the latency of every call. */
export async function timeConcurrently(
  name: string,
  clients: number,
  each: number,
  work: (client: number, i: number) => Promise<unknown>,
): Promise<Timing> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < each; i++) {
        const start = performance.now();
        await work(client, i);
        times.push(performance.now() - start);
      }
    }),
  );
  return latencies(name, times);
}

/** Replay figures on a generated long history, next to reading the board from the live tables. */
export async function replayBenchmarks(db: Database, events: number) {
  const started = performance.now();
  const { projectId, ownerId } = await generateProjectHistory(db, { events });
  const generatedIn = (performance.now() - started) / 1000;
  const span = await historySpan(db, projectId);
  const random = createRandom(11);
  const randomStep = () => random.int(1, span.count);
  const caller = createCaller(contextAs(db, { id: ownerId, name: 'Generator', email: 'generator@example.test' }));

  await db.delete(replayCheckpoints).where(eq(replayCheckpoints.projectId, projectId));
  const live = await timeEach('board from the live tables (baseline)', 30, () => readBoard(db, projectId));
  const scratch = await timeEach('replay to a random point, no checkpoints', 5, async () =>
    replayProject(db, projectId, await resolvePoint(db, projectId, { step: randomStep() }), [board], {
      checkpoints: false,
    }),
  );
  const warmUp = await timeEach('first replay to the head, writing checkpoints', 1, () =>
    replayProject(db, projectId, span.last!.position, [board]),
  );
  const checkpointed = await timeEach('replay to a random point, with checkpoints', 30, async () =>
    replayProject(db, projectId, await resolvePoint(db, projectId, { step: randomStep() }), [board]),
  );
  const from = randomStep();
  const slider = await timeEach('one slider step (board.get at the next step)', 30, (i) =>
    caller.board.get({ projectId, at: { step: Math.min(span.count, from + i) } }),
  );
  // Acting on history reads the project's whole history (server/commands/fold-streams.ts): what that costs here.
  const restorePreview = await timeEach('restore preview of the whole board to a random point', 3, () =>
    caller.history.restorePreview({ projectId, at: { step: randomStep() } }),
  );
  const fork = await timeEach('fork from a random point', 1, () =>
    caller.project.fork({
      commandId: randomUUID(),
      projectId,
      at: { step: randomStep() },
      name: 'Bench fork',
      key: `F${random.int(10_000, 99_999)}`,
    }),
  );
  return {
    projectId,
    ownerId,
    events: span.count,
    generatedIn,
    timings: [live, scratch, warmUp, checkpointed, slider, restorePreview, fork],
  };
}
