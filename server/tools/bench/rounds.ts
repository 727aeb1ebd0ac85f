/** One side of a comparison: `run` does a chunk of its work and answers how many events that was. */
export interface Contender {
  name: string;
  run(): Promise<number>;
}

export interface Outcome {
  events: number;
  /** events/s of each round, in round order. */
  rates: number[];
}

/**
 * Each round runs a chunk of every contender back to back, in the opposite order to the round before: a slow spell of
 * the machine (another process, autovacuum, a checkpoint) then falls on all of them alike, and cancels out of the
 * ratios taken within a round.
 */
export async function inRounds(contenders: Contender[], rounds: number): Promise<Map<string, Outcome>> {
  // Not counted: the first chunk pays for the JIT, the pools' connections and Emmett's creating its tables.
  for (const c of contenders) await c.run();
  const outcomes = new Map(contenders.map((c) => [c.name, { events: 0, rates: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const c of round % 2 === 0 ? contenders : contenders.toReversed()) {
      const start = performance.now();
      const events = await c.run();
      const outcome = outcomes.get(c.name)!;
      outcome.events += events;
      outcome.rates.push(events / ((performance.now() - start) / 1000));
    }
  }
  return outcomes;
}

export function median(values: number[]) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const medianRatio = (of: Outcome, to: Outcome) => median(of.rates.map((rate, round) => rate / to.rates[round]!));
