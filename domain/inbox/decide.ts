import type { Decider } from '../shared/decider';
import { invalid } from '../shared/errors';
import type { InboxCommand } from './commands';
import type { InboxEvent } from './events';

/** What a person has read: every notification up to `readUpTo`, and those after it in `read`. */
export interface InboxState {
  readonly readUpTo: number;
  readonly read: readonly number[];
}

export const initialInboxState: InboxState = { readUpTo: 0, read: [] };

export const isRead = (state: InboxState, position: number) =>
  position <= state.readUpTo || state.read.includes(position);

/** The inbox has one command and one event so far: a second would make these exhaustive switches. */
function decide(command: InboxCommand, state: InboxState): InboxEvent[] {
  if (command.upTo === null && command.positions.length === 0)
    throw invalid('positions', 'Name the notifications to mark read, or mark all up to one');
  if ((command.upTo ?? 0) > command.head || command.positions.some((p) => p > command.head))
    throw invalid('upTo', 'Only notifications of what has happened can be marked read');
  const upTo = command.upTo !== null && command.upTo > state.readUpTo ? command.upTo : null;
  const after = upTo ?? state.readUpTo;
  const positions = [...new Set(command.positions)]
    .filter((p) => p > after && !state.read.includes(p))
    .sort((a, b) => a - b);
  if (upTo === null && positions.length === 0) return [];
  return [{ type: 'NotificationsRead', data: { upTo, positions } }];
}

function evolve(state: InboxState, event: InboxEvent): InboxState {
  const readUpTo = Math.max(state.readUpTo, event.data.upTo ?? 0);
  const read = [...state.read, ...event.data.positions].filter((p) => p > readUpTo);
  return { readUpTo, read: [...new Set(read)].sort((a, b) => a - b) };
}

/** A person's inbox: what they have read, one stream per person. */
export const inboxDecider: Decider<InboxCommand, InboxState, InboxEvent> = {
  decide,
  evolve,
  initialState: initialInboxState,
};
