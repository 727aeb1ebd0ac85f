import { describe, expect, it } from 'vitest';
import type { CommandRecord, LoadLog } from './clients';
import { BURST_GAP_MS, burst, describeFaults, okRate } from './fault-report';

describe("a fault's burst of errors", () => {
  const failed = (sentAt: number, at = sentAt + 10) => ({ sentAt, at, label: 'x' });
  const times = (failures: readonly { sentAt: number }[]) => failures.map((f) => f.sentAt);

  it('takes the failures sent during the fault, or within the gap after the one before', () => {
    expect(times(burst([failed(1_000), failed(4_000), failed(8_000), failed(20_000)], 0, 2_000))).toEqual([
      1_000, 4_000, 8_000,
    ]);
  });

  it('counts the fault itself as part of the burst, however long it lasts', () => {
    expect(times(burst([failed(25_000), failed(29_000)], 0, 24_000))).toEqual([25_000, 29_000]);
  });

  it('keeps a request that hung until long after the fault, and what failed until it came back', () => {
    const hung = failed(500, 31_000);
    expect(times(burst([hung, failed(33_000), failed(50_000)], 0, 1_000))).toEqual([500, 33_000]);
  });

  it('ignores failures from before the fault, and is empty without failures', () => {
    expect(burst([failed(-100, -10), failed(50_000)], 0, 1_000)).toEqual([]);
    expect(burst([], 0, 1_000)).toEqual([]);
    expect(burst([failed(1_000 + BURST_GAP_MS + 1)], 0, 1_000)).toEqual([]);
  });
});

describe('rate of 2xx answers', () => {
  it('is per second over the window, and unknown for a window under ten seconds', () => {
    expect(okRate([0, 1_000, 5_000, 19_999, 20_000], 0, 20_000)).toBe(0.2);
    expect(okRate([0], 0, 9_999)).toBeNull();
  });
});

describe('fault reports', () => {
  const ok = (endedAt: number, startedAt = endedAt - 100): CommandRecord => ({
    commandId: `c${endedAt}`,
    path: 'task.rename',
    startedAt,
    endedAt,
    attempts: 1,
    final: { outcome: 'ok', result: { streamVersion: 1, position: 1 } },
  });

  it('say when commands succeeded again, what clients saw, and what came later', () => {
    const log: LoadLog = {
      records: [ok(500), ok(9_000, 2_000), ok(12_000), ok(40_000)],
      failures: [
        { sentAt: 2_900, at: 3_000, label: 'HTTP 500: x' },
        { sentAt: 3_900, at: 4_000, label: 'no answer: ECONNREFUSED' },
        { sentAt: 4_900, at: 5_000, label: 'HTTP 500: x' },
        { sentAt: 29_900, at: 30_000, label: 'HTTP 500: x' },
      ],
      failedReads: [],
    };
    const [report] = describeFaults([{ name: 'kill', startedAt: 2_000, endedAt: 3_500, notes: [] }], log, 0);
    expect(report).toMatchObject({
      servedAgainAfterS: 7,
      errorsForS: 3,
      clientsSaw: [
        ['HTTP 500: x', 2],
        ['no answer: ECONNREFUSED', 1],
      ],
      laterErrors: 1,
      longestWaitMs: 7_000,
    });
  });
});
