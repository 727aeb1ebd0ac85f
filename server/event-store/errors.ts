/** The stream moved on since the command read it: retry with fresh state, or tell the person who held the old one. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`Stream ${streamId} is no longer at version ${expectedVersion}`);
    this.name = 'ConcurrencyError';
  }
}

/** A stored event no schema accepts: the read stops here rather than skip it silently. */
export class UnreadableEventError extends Error {
  constructor(position: number, type: string, schemaVersion: number, reason: string) {
    super(`Event at position ${position} (${type} v${schemaVersion}) cannot be read: ${reason}`);
    this.name = 'UnreadableEventError';
  }
}
