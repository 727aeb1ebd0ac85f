import { handleOf } from '../db/open';
import type { Database, DatabaseHandle } from '../db/types';
import { EVENTS_CHANNEL, projectOfNotification } from '../event-store';

type Wake = () => void;

/**
 * Fans the notifications of new events out to whoever waits for them, from a single LISTEN per database handle (one
 * per app process, however many browsers watch): a project's subscribers when it has new events, subscribers without
 * a project on every event, and everyone whenever listening (re)starts, since notifications sent meanwhile are lost.
 * A wake-up only says "read again": readers catch up by position, so a lost or repeated one costs a delay at most.
 */
export class EventHub {
  private readonly byProject = new Map<string, Set<Wake>>();
  private readonly anyProject = new Set<Wake>();
  private listening: Promise<unknown> | undefined;

  constructor(private readonly listen: DatabaseHandle['listen']) {}

  subscribe(wake: Wake, projectId?: string): () => void {
    this.startListening();
    const wakes = projectId === undefined ? this.anyProject : this.wakesOf(projectId);
    wakes.add(wake);
    return () => {
      wakes.delete(wake);
      if (wakes.size === 0 && projectId !== undefined && this.byProject.get(projectId) === wakes)
        this.byProject.delete(projectId);
    };
  }

  private wakesOf(projectId: string) {
    let wakes = this.byProject.get(projectId);
    if (!wakes) this.byProject.set(projectId, (wakes = new Set()));
    return wakes;
  }

  private startListening() {
    this.listening ??= this.listen(
      EVENTS_CHANNEL,
      (payload) => {
        this.wake(this.byProject.get(projectOfNotification(payload)), this.anyProject);
      },
      () => {
        this.wake(this.anyProject, ...this.byProject.values());
      },
    ).catch((error: unknown) => {
      // Readers still catch up by their fallback polls; the next subscriber tries again.
      this.listening = undefined;
      console.error('Could not listen for new events; live updates fall back to polling:', error);
    });
  }

  private wake(...groups: (Set<Wake> | undefined)[]) {
    for (const wakes of groups) for (const wake of [...(wakes ?? [])]) wake();
  }
}

// On globalThis, so that a process listens once although Next loads this module once per bundle.
const globalForHubs = globalThis as unknown as { chronicleHubs?: WeakMap<Database, EventHub> };
const hubs = (globalForHubs.chronicleHubs ??= new WeakMap());

/** The hub of the handle `db` was opened with, made on first use. */
export function eventHub(db: Database): EventHub {
  let hub = hubs.get(db);
  if (!hub) {
    const handle = handleOf(db);
    if (!handle) throw new Error('Live updates need a database opened by openDatabase');
    hub = new EventHub((...args) => handle.listen(...args));
    hubs.set(db, hub);
  }
  return hub;
}
