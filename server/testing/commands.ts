import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../commands/context';
import type { Database } from '../db/types';
import { addPerson } from '../queries/people';
import { createCaller } from '../api/root';

/** A caller acting as a fresh person, the way the HTTP handler would build one for a browser. */
export async function callerAs(db: Database, name = 'Ana') {
  const person = await addPerson(db, { id: randomUUID(), name });
  if (!person) throw new Error('could not add a person');
  return { caller: createCaller({ db, personId: person.id }), person };
}

export const newCommand = () => ({ commandId: randomUUID() });

export const commandContext = (db: Database, actorId: string): CommandContext => ({
  db,
  actorId,
  commandId: randomUUID(),
  now: () => new Date(),
  newId: randomUUID,
});
