import { and, asc, eq, sql } from 'drizzle-orm';
import { generateKeyBetween } from 'fractional-indexing';
import { tasksView } from '../db/schema';
import type { Executor } from '../db/types';

/**
 * The rank that puts a task at `index` among the other tasks of a column. Ranks are fractional-index keys, so a move
 * writes one task and never renumbers a column. A task dropped where it already is keeps its rank (a no-op).
 */
export async function rankForPlace(
  db: Executor,
  place: { projectId: string; statusId: string; index?: number },
  moving?: { id: string; statusId: string; rank: string },
): Promise<string> {
  const column = await db
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
  const others = column.filter((t) => t.id !== moving?.id);
  const index = Math.max(0, Math.min(place.index ?? others.length, others.length));
  const before = others[index - 1]?.rank ?? null;
  const after = others[index]?.rank ?? null;

  if (moving && moving.statusId === place.statusId && fitsBetween(moving.rank, before, after)) return moving.rank;
  // Two tasks can share a rank after concurrent moves; then the new one simply goes after the earlier one.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

const fitsBetween = (rank: string, before: string | null, after: string | null) =>
  (before === null || before < rank) && (after === null || rank < after);
