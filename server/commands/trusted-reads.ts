import { and, asc, count, eq, sql } from 'drizzle-orm';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { ruleViolated } from '@/domain';
import { events, invitations, projectsView, tasksView, users } from '../db/schema';
import type { Executor, Transaction } from '../db/types';
import { requireInvitee } from '../invitations/invitee';

/**
 * The reads the write side trusts. A command is decided on its streams' states; these few facts are read from tables
 * beside the log instead, because the log has no cheaper way to tell them. Each is safe for the same two reasons: it
 * is read in the command's transaction, after the command has taken its project's lock, and every write to what it
 * reads happens in a transaction that holds that lock too (inline read models commit with their events). The lock
 * each needs is named with it. README, "Reads the write side trusts".
 */

/**
 * The rank that puts a task at `index` among the other tasks of a column. Ranks are fractional-index keys, so a move
 * writes one task and never renumbers a column; a task dropped where it already is keeps its rank (a no-op). Safe
 * under the project's lock shared: ranks only order tasks, so a neighbour moved by a command running alongside makes
 * at worst two tasks share a rank, which the board orders by number.
 */
export async function rankForPlace(
  db: Executor,
  place: { projectId: string; statusId: string; index?: number },
  moving?: { id: string; statusId: string; rank: string },
): Promise<string> {
  const column = await columnOf(db, place);
  const others = column.filter((t) => t.id !== moving?.id);
  const index = Math.max(0, Math.min(place.index ?? others.length, others.length));
  const before = others[index - 1]?.rank ?? null;
  const after = others[index]?.rank ?? null;

  if (moving && moving.statusId === place.statusId && fitsBetween(moving.rank, before, after)) return moving.rank;
  // Two tasks can share a rank after concurrent moves; then the new one simply goes after the earlier one.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/**
 * `n` ranks after the last task of a column, in order: where the tasks of a removed status go (the project's lock
 * exclusive, so the column cannot change before the append).
 */
export async function ranksAtEnd(db: Executor, place: { projectId: string; statusId: string }) {
  const last = (await columnOf(db, place)).at(-1)?.rank ?? null;
  return (n: number) => generateNKeysBetween(last, null, n);
}

const columnOf = (db: Executor, place: { projectId: string; statusId: string }) =>
  db
    .select({ id: tasksView.id, rank: tasksView.rank })
    .from(tasksView)
    .where(
      and(
        eq(tasksView.projectId, place.projectId),
        eq(tasksView.statusId, place.statusId),
        eq(tasksView.deleted, false),
      ),
    )
    .orderBy(asc(sql`${tasksView.rank} collate "C"`), asc(tasksView.number));

const fitsBetween = (rank: string, before: string | null, after: string | null) =>
  (before === null || before < rank) && (after === null || rank < after);

/**
 * How many live tasks a status holds. Under the project's exclusive lock, which every task command takes shared: no
 * task can move into the status between the count and the append.
 */
export async function countTasksInStatus(tx: Transaction, projectId: string, statusId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.statusId, statusId), eq(tasksView.deleted, false)));
  return row?.n ?? 0;
}

/**
 * A new project's key must be free. Two projects are two streams, so no lock of one covers the other: two people may
 * claim one key at the same moment, and the read model's unique index on the key settles it (the loser's transaction
 * fails whole, and `keyTaken` tells them).
 */
export async function requireFreeKey(tx: Transaction, key: string) {
  const [taken] = await tx.select({ id: projectsView.id }).from(projectsView).where(eq(projectsView.key, key));
  if (taken) throw keyTaken(key);
}

export const keyTaken = (key: string) => ruleViolated(`The key ${key} is already used by another project`);

/**
 * An address has at most one open invitation to a project. Under the project's exclusive lock, which every invitation
 * command takes: two invitations of one address cannot both pass.
 */
export async function requireNotInvited(tx: Transaction, projectId: string, email: string) {
  const [open] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.projectId, projectId), eq(invitations.email, email)));
  if (open) {
    throw ruleViolated(
      `${email} is invited already: copy the link of that invitation, or withdraw it to invite them with another role`,
    );
  }
}

/**
 * The invitation being accepted is still open and was sent to the address of the account accepting it (as the account
 * has it now). Under the project's exclusive lock, which withdrawing it takes too: it cannot be withdrawn between the
 * check and the append.
 */
export async function requireOpenInvitationFor(
  tx: Transaction,
  invitation: { id: string; projectId: string },
  accepterId: string,
) {
  const [row] = await tx
    .select({ email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.id, invitation.id), eq(invitations.projectId, invitation.projectId)));
  const [accepter] = await tx.select({ email: users.email }).from(users).where(eq(users.id, accepterId));
  requireInvitee(row, accepter?.email ?? '');
}

/**
 * Whether the event at a global position is one of this project's. A stream's state cannot tell (positions are global,
 * and a project's state keeps none), so it is read from the log by its primary key. The log only grows, and the
 * project's exclusive lock, which naming a point takes, waits for every command of the project in flight: the answer
 * cannot change before the append.
 */
export async function isEventOfProject(tx: Transaction, projectId: string, position: number): Promise<boolean> {
  const [row] = await tx
    .select({ position: events.position })
    .from(events)
    .where(and(eq(events.position, position), eq(events.projectId, projectId)));
  return row !== undefined;
}
