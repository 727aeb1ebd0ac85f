/** The Decider pattern: pure functions over commands, events and state, with no clock, ids or I/O inside. */
export type Decide<Command, State, Event> = (command: Command, state: State) => readonly Event[];
export type Evolve<State, Event> = (state: State, event: Event) => State;

export interface Decider<Command, State, Event> {
  decide: Decide<Command, State, Event>;
  evolve: Evolve<State, Event>;
  initialState: State;
}

export const fold = <State, Event>(
  decider: Pick<Decider<unknown, State, Event>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State => events.reduce(decider.evolve, decider.initialState);

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
