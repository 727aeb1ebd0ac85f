import { randomUUID } from 'node:crypto';

/**
 * The new ids of an import, by the file's: every project, task, status, label, comment, invitation and named point it
 * names gets one of this installation's making, so that a file can never reach into another project here (a task id
 * already in use, say). People's ids are kept, since they are who acted; one unknown here reads as "a former member".
 * Memory grows with the number of these things, not with the number of events.
 */
export class ImportIds {
  readonly projectId: string;
  private readonly fresh = new Map<string, string>();

  constructor(private readonly newId: () => string = randomUUID) {
    this.projectId = newId();
  }

  /** The new id of a source id (of one kind, so that a status and a task with one id stay apart). */
  of(kind: 'task' | 'status' | 'label' | 'comment' | 'invitation' | 'point', sourceId: string): string {
    const key = `${kind}:${sourceId}`;
    let id = this.fresh.get(key);
    if (id === undefined) {
      id = this.newId();
      this.fresh.set(key, id);
    }
    return id;
  }
}
