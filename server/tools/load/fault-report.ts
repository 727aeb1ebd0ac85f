import type { FailedAttempt, LoadLog } from './clients';
import type { FaultRecord } from './faults';
import { tally } from './stats';

export interface FaultReport {
  name: string;
  notes: string[];
  /** How long the fault itself lasted: the lock held, the server or the database down. */
  lastedS: number;
  /** From the fault's start until the app answered a command with 2xx again (null: never). */
  servedAgainAfterS: number | null;
  /** From the fault's start until the last failed request of its burst of errors (0: none failed). */
  errorsForS: number;
  /** The failed requests of the burst, and refusals other than 409/412 in it, by what the client was told. */
  clientsSaw: [string, number][];
  /** Failed requests after the burst and before the next fault: not put down to this one. */
  laterErrors: number;
  /** The longest any command caught in the fault waited for its final answer. */
  longestWaitMs: number;
  /** Commands answered 2xx per second, in the 30 s before the fault and the 30 s after its burst of errors. */
  okPerSecondBefore: number | null;
  okPerSecondAfter: number | null;
}

/** A request sent this long after the burst's last failure is not part of it: it failed for another reason. */
export const BURST_GAP_MS = 5_000;
const RATE_WINDOW_MS = 30_000;
const MIN_RATE_WINDOW_MS = 10_000;

/**
 * The failures of a fault's burst of errors: requests sent during the fault, or soon after an earlier failure of the
 * burst came back, and that failed. A request that hung is counted by when it was sent, and ends the burst only when
 * it failed. Empty when no request failed.
 */
export function burst(failures: readonly FailedAttempt[], startedAt: number, endedAt: number): FailedAttempt[] {
  const inBurst: FailedAttempt[] = [];
  let until = endedAt;
  for (const failure of [...failures].sort((a, b) => a.sentAt - b.sentAt)) {
    if (failure.at < startedAt) continue;
    if (failure.sentAt > until + BURST_GAP_MS) break;
    inBurst.push(failure);
    until = Math.max(until, failure.at);
  }
  return inBurst;
}

/** 2xx answers per second between `from` and `to`, or null for a window too short to say. */
export function okRate(okTimes: readonly number[], from: number, to: number): number | null {
  if (to - from < MIN_RATE_WINDOW_MS) return null;
  return okTimes.filter((t) => t >= from && t < to).length / ((to - from) / 1000);
}

/** What the clients saw of each fault, from the log of the run that started at `loadStartedAt`. */
export function describeFaults(faults: readonly FaultRecord[], log: LoadLog, loadStartedAt: number): FaultReport[] {
  const okTimes = log.records.flatMap((r) => (r.final.outcome === 'ok' ? [r.endedAt] : []));
  const loadEndedAt = Math.max(loadStartedAt, ...log.records.map((r) => r.endedAt));
  return faults.map((fault, i) => {
    const next = faults[i + 1]?.startedAt ?? Infinity;
    const failures = log.failures.filter((f) => f.at >= fault.startedAt && f.at < next);
    const inBurst = burst(failures, fault.startedAt, fault.endedAt);
    const last = inBurst.length > 0 ? Math.max(...inBurst.map((f) => f.at)) : null;
    const unusual = log.records.flatMap((r) =>
      r.final.outcome === 'refused' &&
      ![409, 412].includes(r.final.status) &&
      r.endedAt >= fault.startedAt &&
      r.endedAt <= (last ?? fault.endedAt)
        ? [r.final.label]
        : [],
    );
    const servedAgain = okTimes.filter((t) => t >= fault.endedAt).reduce((a, b) => Math.min(a, b), Infinity);
    const settled = Math.max(fault.endedAt, last ?? 0, Number.isFinite(servedAgain) ? servedAgain : 0);
    const caught = log.records.filter((r) => r.startedAt <= fault.endedAt && r.endedAt >= fault.startedAt);
    return {
      name: fault.name,
      notes: fault.notes,
      lastedS: (fault.endedAt - fault.startedAt) / 1000,
      servedAgainAfterS: Number.isFinite(servedAgain) ? (servedAgain - fault.startedAt) / 1000 : null,
      errorsForS: last === null ? 0 : (last - fault.startedAt) / 1000,
      clientsSaw: tally([...inBurst.map((f) => f.label), ...unusual]),
      laterErrors: failures.length - inBurst.length,
      longestWaitMs: Math.max(0, ...caught.map((r) => r.endedAt - r.startedAt)),
      okPerSecondBefore: okRate(okTimes, Math.max(loadStartedAt, fault.startedAt - RATE_WINDOW_MS), fault.startedAt),
      okPerSecondAfter: okRate(okTimes, settled, Math.min(next, loadEndedAt, settled + RATE_WINDOW_MS)),
    };
  });
}
