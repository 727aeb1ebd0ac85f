import { eq, max } from 'drizzle-orm';
import { events } from '../db/schema';
import type { Database, Executor } from '../db/types';
import { readProjectHistory, taskIdOfStream, type StoredEvent } from '../event-store';
import { eventHub, type EventHub } from './hub';

export interface EventSummary {
  position: number;
  type: StoredEvent['type'];
  actorId: string;
  /** The task the event is about; null for an event of the project itself. */
  taskId: string | null;
}

export interface ProjectChange {
  /** The project's last position seen so far: a watch that starts again after it misses nothing. */
  position: number;
  /** The events since the previous change, oldest first; none in the first change of a watch started at the head. */
  events: EventSummary[];
}

export interface WatchOptions {
  hub?: Pick<EventHub, 'subscribe'>;
  /** How long to wait for a wake-up before reading anyway, in case a notification was lost. */
  fallbackMs?: number;
  batchSize?: number;
  /** Asked before every read: once it says no, the watch ends without reading (and so delivering) anything more. */
  allowed?: () => Promise<boolean>;
}

/** The position of a project's newest event; undefined when it has none (no such project). */
export async function projectHead(db: Executor, projectId: string): Promise<number | undefined> {
  const [row] = await db
    .select({ position: max(events.position) })
    .from(events)
    .where(eq(events.projectId, projectId));
  return row?.position ?? undefined;
}

/**
 * A project's events after `afterPosition` as they commit, one change per read, until `signal` aborts. Positions
 * become visible in commit order (README, "Global order"), so reading past the last one seen never skips an event
 * that commits late, and never gives one twice. The hub says when to read again; the fallback poll makes a lost
 * notification only a delay.
 */
export async function* watchProject(
  db: Database,
  projectId: string,
  afterPosition: number,
  signal: AbortSignal,
  { hub = eventHub(db), fallbackMs = 5_000, batchSize = 100, allowed }: WatchOptions = {},
): AsyncGenerator<ProjectChange, void, undefined> {
  const wakeUps = new WakeUps();
  // Subscribed before the first read, so that an event committed during any read wakes the next wait.
  const unsubscribe = hub.subscribe(() => {
    wakeUps.wake();
  }, projectId);
  try {
    let position = afterPosition;
    while (!signal.aborted) {
      const batch = await readProjectHistory(db, projectId, { after: position, limit: batchSize });
      // Asked after the read: what is delivered was committed while the person could still read it. Asked before,
      // a check that began just ahead of a sign-out let through an event committed after it.
      if (allowed && !(await allowed())) return;
      const last = batch.at(-1);
      if (last) {
        position = last.position;
        yield { position, events: batch.map(summarize) };
      }
      if (batch.length < batchSize) await wakeUps.next(fallbackMs, signal);
    }
  } finally {
    unsubscribe();
  }
}

const summarize = (event: StoredEvent): EventSummary => ({
  position: event.position,
  type: event.type,
  actorId: event.metadata.actorId,
  taskId: taskIdOfStream(event.streamId),
});

/** Wake-ups that may come while nobody waits: one that came during a read ends the next wait at once. */
class WakeUps {
  private pending = false;
  private resolve: (() => void) | undefined;

  wake() {
    this.pending = true;
    this.resolve?.();
  }

  /** Resolves at the next wake-up, after `ms`, or when `signal` aborts, whichever comes first. */
  async next(ms: number, signal: AbortSignal) {
    if (!this.pending && !signal.aborted) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          this.resolve = undefined;
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done);
        this.resolve = done;
      });
    }
    this.pending = false;
  }
}
