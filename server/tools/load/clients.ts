import { performance } from 'node:perf_hooks';
import { query, sendCommand, type Answer } from './http';
import { learn, planCommand, type PlannedCommand, type World } from './workload';

export interface Session {
  readonly userId: string;
  readonly cookie: string;
}

/** The final outcome of one command, however many times it had to be sent. */
export type Final = Exclude<Answer, { outcome: 'failed' }> | { outcome: 'gave_up'; label: string };

export interface CommandRecord {
  readonly commandId: string;
  readonly path: string;
  /** Milliseconds on the load's clock (performance.now()). */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly attempts: number;
  readonly final: Final;
}

/** A request that got no usable answer (5xx, no connection, timeout): it was sent again. */
export interface FailedAttempt {
  readonly sentAt: number;
  /** When the client gave up on it: a request that hangs fails long after it was sent. */
  readonly at: number;
  readonly label: string;
}

export interface LoadLog {
  readonly records: CommandRecord[];
  readonly failures: FailedAttempt[];
  /** Workflow reads of the owner that failed (they are only reads: the next change reads again). */
  readonly failedReads: FailedAttempt[];
}

const backoff = (attempt: number) => Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const newLoadLog = (): LoadLog => ({ records: [], failures: [], failedReads: [] });

/**
 * Runs `total` commands from `sessions.length` concurrent clients (the first one is the project's owner), writing
 * into `log` as answers come, so that the faults can follow the progress. A client never gives up silently: a
 * command without a final answer is sent again, with the same commandId, until `patienceMs` after its first attempt;
 * a request without an answer is abandoned after a quarter of that.
 */
export async function runClients(
  baseUrl: string,
  sessions: readonly Session[],
  world: World,
  { total, patienceMs }: { total: number; patienceMs: number },
  log: LoadLog,
): Promise<void> {
  let issued = 0;
  const client = async (session: Session, isOwner: boolean) => {
    while (issued < total) {
      issued++;
      const command = planCommand(world, Math.random, isOwner);
      const record = await execute(baseUrl, session, command, patienceMs, log.failures);
      log.records.push(record);
      if (record.final.outcome !== 'gave_up') learn(world, command, record.final);
      if (command.path.startsWith('project.')) await readWorkflow(baseUrl, session, world, log.failedReads);
    }
  };
  await Promise.all(sessions.map((session, i) => client(session, i === 0)));
}

async function execute(
  baseUrl: string,
  session: Session,
  command: PlannedCommand,
  patienceMs: number,
  failures: FailedAttempt[],
): Promise<CommandRecord> {
  const startedAt = performance.now();
  for (let attempts = 1; ; attempts++) {
    const sentAt = performance.now();
    const answer = await sendCommand(baseUrl, session.cookie, command.path, command.input, patienceMs / 4);
    const now = performance.now();
    const done = (final: Final): CommandRecord => ({
      commandId: command.input.commandId,
      path: command.path,
      startedAt,
      endedAt: now,
      attempts,
      final,
    });
    if (answer.outcome !== 'failed') return done(answer);
    failures.push({ sentAt, at: now, label: answer.label });
    if (now - startedAt > patienceMs) return done({ outcome: 'gave_up', label: answer.label });
    await sleep(backoff(attempts));
  }
}

/** The new status's id is not in addStatus's answer: the owner reads the workflow back, as the board would. */
async function readWorkflow(baseUrl: string, session: Session, world: World, failedReads: FailedAttempt[]) {
  const sentAt = performance.now();
  try {
    const project = await query<{ statuses: { id: string }[] }>(baseUrl, session.cookie, 'project.get', {
      projectId: world.projectId,
    });
    world.refreshWorkflow(project.statuses.map((s) => s.id));
  } catch (error) {
    failedReads.push({ sentAt, at: performance.now(), label: error instanceof Error ? error.message : String(error) });
  }
}
