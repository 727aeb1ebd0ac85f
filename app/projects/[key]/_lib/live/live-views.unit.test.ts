import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveViews, type Views } from './live-views';

const FALLBACK_MS = 3_000;

/** A LiveViews whose reads are recorded, and end when the test says so. */
function setUp({ live = true } = {}) {
  const reads: { views: Views; end: () => void }[] = [];
  const views = new LiveViews(
    (which) =>
      new Promise<void>((resolve) => {
        reads.push({ views: which, end: resolve });
      }),
    FALLBACK_MS,
  );
  views.connected(live);
  const endReads = async () => {
    for (const read of reads.splice(0)) read.end();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { views, reads, endReads };
}

/** Whether a promise has settled, after the microtasks due have run. */
async function settled(promise: Promise<void>) {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a change of one’s own, with the stream live', () => {
  it('is shown once the stream has delivered its position and the views are read again', async () => {
    const { views, reads, endReads } = setUp();
    const shown = views.until(12);
    expect(await settled(shown)).toBe(false);
    expect(reads).toHaveLength(0);

    views.delivered(11);
    await endReads();
    expect(await settled(shown)).toBe(false);

    views.delivered(12);
    expect(reads.map((r) => r.views)).toEqual(['all']);
    expect(await settled(shown)).toBe(false);
    await endReads();
    expect(await settled(shown)).toBe(true);
  });

  it('is shown at once when the stream brought it before the answer came, and reads nothing more', async () => {
    const { views, reads, endReads } = setUp();
    views.delivered(12);
    await endReads();
    expect(await settled(views.until(12))).toBe(true);
    expect(await settled(views.until(null))).toBe(true);
    expect(reads).toHaveLength(0);
  });

  it('waits for the latest read when deliveries overlap', async () => {
    const { views, reads } = setUp();
    const shown = views.until(10);
    views.delivered(10);
    views.delivered(11);
    const [first, second] = reads;
    first?.end();
    expect(await settled(shown)).toBe(false);
    second?.end();
    expect(await settled(shown)).toBe(true);
  });

  it('reads the views once of its own when the stream says nothing within the fallback', async () => {
    const { views, reads, endReads } = setUp();
    const shown = views.until(12);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS - 1);
    expect(reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads.map((r) => r.views)).toEqual(['all']);
    expect(await settled(shown)).toBe(false);
    await endReads();
    expect(await settled(shown)).toBe(true);
    // The stream's late delivery reads the views again, as for anyone's change; the waiter is gone.
    views.delivered(12);
    expect(reads).toHaveLength(1);
  });

  it('falls back at once for whoever waits when the stream is lost', async () => {
    const { views, reads, endReads } = setUp();
    const first = views.until(12);
    const second = views.until(13);
    views.connected(false);
    expect(reads.map((r) => r.views)).toEqual(['all']);
    await endReads();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS);
    expect(reads).toHaveLength(0);
  });
});

describe('with the stream not connected', () => {
  it('reads the views at once, and the change is shown after that one read', async () => {
    const { views, reads, endReads } = setUp({ live: false });
    const shown = views.until(12);
    expect(reads.map((r) => r.views)).toEqual(['all']);
    expect(await settled(shown)).toBe(false);
    await endReads();
    expect(await settled(shown)).toBe(true);
  });
});

describe('a refusal', () => {
  it('reads the views once', async () => {
    const { views, reads, endReads } = setUp();
    const done = views.refused();
    expect(reads.map((r) => r.views)).toEqual(['all']);
    await endReads();
    expect(await settled(done)).toBe(true);
  });
});

describe('a move on its way holds the board', () => {
  it('reads every view but the board meanwhile, and the board once the last move is answered', async () => {
    const { views, reads, endReads } = setUp();
    const releaseFirst = views.hold();
    const releaseSecond = views.hold();
    views.delivered(20);
    expect(reads.map((r) => r.views)).toEqual(['all but the board']);
    await endReads();

    releaseFirst();
    expect(reads).toHaveLength(0);
    // The first move's own change came with that delivery; the board is still held for the second.
    const firstShown = views.until(20);
    expect(await settled(firstShown)).toBe(false);

    releaseSecond();
    releaseSecond();
    expect(reads.map((r) => r.views)).toEqual(['the board']);
    await endReads();
    expect(await settled(firstShown)).toBe(true);
  });

  it('reads the board with the rest when nothing was held back', async () => {
    const { views, reads, endReads } = setUp();
    const release = views.hold();
    release();
    const shown = views.until(21);
    views.delivered(21);
    expect(reads.map((r) => r.views)).toEqual(['all']);
    await endReads();
    expect(await settled(shown)).toBe(true);
  });

  it('keeps the fallback off the board too', async () => {
    const { views, reads, endReads } = setUp();
    const release = views.hold();
    const shown = views.until(22);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS);
    expect(reads.map((r) => r.views)).toEqual(['all but the board']);
    await endReads();
    expect(await settled(shown)).toBe(false);
    release();
    expect(reads.map((r) => r.views)).toEqual(['the board']);
    await endReads();
    expect(await settled(shown)).toBe(true);
  });
});
