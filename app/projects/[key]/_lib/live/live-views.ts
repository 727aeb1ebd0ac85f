/** Which of a project's live views to read again: the board apart, since a move on its way holds it. */
export type Views = 'all' | 'all but the board' | 'the board';

/** Reads the views again; settles once the open ones have their new answer. */
export type ReadViews = (views: Views) => Promise<void>;

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * How a project's open views follow its changes, and when a change of one's own counts as shown. The live stream
 * says which positions have committed (`delivered`): each delivery reads the views again. A command's answer names
 * the position of its last event; `until(position)` settles once a delivery at or after it has been read, so the
 * person who acted sees their change before their action is done. When the stream is not connected, or says nothing
 * within `fallbackMs`, the views are read once anyway: a change is never left unseen.
 *
 * A move shows at once, in the board the browser holds, before its command is answered; a read of the board begun
 * before it commits would undo it on screen. So while a move is on its way (`hold`) deliveries read every view but
 * the board, and the board is read once the last move has its answer.
 */
export class LiveViews {
  #live = false;
  /** The highest position whose views have been read since the stream delivered it. */
  #readThrough = 0;
  /** Counts the reads begun by deliveries: only the latest one's end says where the views stand. */
  #reads = 0;
  #holds = 0;
  /** The board missed a read while held: settles once it has been read again. */
  #boardBehind: { promise: Promise<void>; resolve: () => void } | null = null;
  readonly #waiters = new Set<Waiter>();

  constructor(
    private readonly read: ReadViews,
    private readonly fallbackMs: number,
  ) {}

  /** Whether the stream is connected. Losing it reads the views for whoever waits, rather than wait for it. */
  connected(live: boolean): void {
    this.#live = live;
    if (!live) this.#fallBack([...this.#waiters]);
  }

  /** The stream delivered the project's changes up to `position` (a new watch first says where the project stands). */
  delivered(position: number): void {
    const read = ++this.#reads;
    void this.#readViews().then(() => {
      // A later read is on its way: it covers this change too, and its end will say so.
      if (read !== this.#reads) return;
      this.#readThrough = Math.max(this.#readThrough, position);
      for (const waiter of this.#waiters) if (waiter.position <= this.#readThrough) this.#settle(waiter);
    });
  }

  /**
   * Settles once the views show the change that ended at `position` (a command's answer; null when it changed
   * nothing): when the stream has delivered it and the views are read, or after one read of them of its own, at
   * once when the stream is not connected and after `fallbackMs` otherwise.
   */
  until(position: number | null): Promise<void> {
    if (position === null || position <= this.#readThrough) return this.#boardShown();
    return new Promise((resolve) => {
      const waiter: Waiter = { position, resolve };
      this.#waiters.add(waiter);
      if (!this.#live) this.#fallBack([waiter]);
      else
        waiter.timer = setTimeout(() => {
          this.#fallBack([waiter]);
        }, this.fallbackMs);
    });
  }

  /** A refusal names no position, and the server judged state this page may not show yet: the views are read once. */
  refused(): Promise<void> {
    return this.#readViews().then(() => this.#boardShown());
  }

  /** Holds the board while a change already shown in it is on its way; the returned function lets go. */
  hold(): () => void {
    this.#holds++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.#holds--;
      const behind = this.#boardBehind;
      if (this.#holds > 0 || !behind) return;
      this.#boardBehind = null;
      void this.read('the board').then(behind.resolve);
    };
  }

  #readViews(): Promise<void> {
    if (this.#holds === 0) return this.read('all');
    if (!this.#boardBehind) {
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      this.#boardBehind = { promise, resolve };
    }
    return this.read('all but the board');
  }

  /** Settles at once, unless the board was held and has not been read since. */
  #boardShown(): Promise<void> {
    return this.#boardBehind?.promise ?? Promise.resolve();
  }

  #settle(waiter: Waiter): void {
    if (!this.#waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    void this.#boardShown().then(waiter.resolve);
  }

  /** One read, begun after every one of these waiters' changes had committed, settles them all. */
  #fallBack(waiters: Waiter[]): void {
    const left = waiters.filter((waiter) => this.#waiters.delete(waiter));
    if (left.length === 0) return;
    for (const waiter of left) clearTimeout(waiter.timer);
    void this.#readViews()
      .then(() => this.#boardShown())
      .then(() => {
        for (const waiter of left) waiter.resolve();
      });
  }
}
