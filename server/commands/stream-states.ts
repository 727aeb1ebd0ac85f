/**
 * Folded stream states this process has already loaded, by stream and version. Events never change, so the state
 * at version v is the same for every reader at any time: a command that finds its stream at v reuses it, and one that
 * finds it further on folds only the newer events onto it. The version comes from the stream's row, read under its
 * lock, so several instances of the app can each keep their own copy safely.
 */
export class StreamStates<S> {
  private readonly states = new Map<string, { version: number; state: S }>();

  constructor(private readonly capacity: number) {}

  /** The latest state held at or before `version`, if any. */
  get(streamId: string, version: number): { version: number; state: S } | undefined {
    const held = this.states.get(streamId);
    if (!held || held.version > version) return undefined;
    // Least recently used goes first: a Map iterates in insertion order.
    this.states.delete(streamId);
    this.states.set(streamId, held);
    return held;
  }

  set(streamId: string, version: number, state: S) {
    this.states.delete(streamId);
    this.states.set(streamId, { version, state });
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
  }
}
