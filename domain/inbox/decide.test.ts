import { describe, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { inboxDecider } from './decide';
import type { InboxEvent } from './events';

const given = specFor(inboxDecider);
const read = (upTo: number | null, positions: number[] = []): InboxEvent => ({
  type: 'NotificationsRead',
  data: { upTo, positions },
});
const mark = (upTo: number | null, positions: number[] = [], head = 100) =>
  ({ type: 'MarkNotificationsRead', upTo, positions, head }) as const;

describe('marking notifications read', () => {
  it('marks everything up to a position', () => {
    given([])
      .when(mark(40))
      .then([read(40)]);
  });

  it('marks single notifications, each once and in order', () => {
    given([])
      .when(mark(null, [30, 12, 30]))
      .then([read(null, [12, 30])]);
  });

  it('records only what was not read yet', () => {
    given([read(20), read(null, [25])])
      .when(mark(null, [10, 25, 27]))
      .then([read(null, [27])]);
  });

  it('leaves out single notifications that the same mark-all covers', () => {
    given([])
      .when(mark(50, [10, 60]))
      .then([read(50, [60])]);
  });

  it('changes nothing when everything named was read already', () => {
    given([read(50)])
      .when(mark(30, [10, 50]))
      .then([]);
    given([read(null, [70])])
      .when(mark(null, [70]))
      .then([]);
  });

  it('keeps an earlier mark-all when a later one reaches less far', () => {
    given([read(60)])
      .when(mark(40, [61]))
      .then([read(null, [61])]);
  });

  it('refuses a command that names nothing', () => {
    given([])
      .when(mark(null, []))
      .thenThrows('invalid', /Name the notifications/);
  });

  it('refuses to mark read what has not happened yet', () => {
    given([])
      .when(mark(101))
      .thenThrows('invalid', /what has happened/);
    given([])
      .when(mark(null, [5, 101]))
      .thenThrows('invalid', /what has happened/);
  });
});
