import { EVENTS_CHANNEL } from '../event-store/notification';
import type { StoredEvent } from '../event-store/types';

/**
 * What the append's one statement (chronicle_write) wrote besides the read models' rows, told from the events it
 * recorded: each stream's version bumped, the position counter moved on by their number (positions of one append
 * are consecutive), one `events` row each, and the announcement on commit, one per project.
 */
export function appendWrites(recorded: readonly StoredEvent[]) {
  const streams = new Map<string, { id: string; before: number; after: number }>();
  for (const event of recorded) {
    const stream = streams.get(event.streamId);
    streams.set(event.streamId, {
      id: event.streamId,
      before: Math.min(stream?.before ?? Infinity, event.streamVersion - 1),
      after: Math.max(stream?.after ?? 0, event.streamVersion),
    });
  }
  const positions = recorded.map((event) => event.position);
  const last = Math.max(...positions);
  return {
    streams: [...streams.values()],
    counter: { before: Math.min(...positions) - 1, after: last },
    notify: { channel: EVENTS_CHANNEL, payload: `${recorded[0]?.projectId ?? ''}:${last}` },
  };
}
