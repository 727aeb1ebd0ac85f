import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import type { Executor } from '../db/types';

/**
 * How many projects with other people in them would be left without an owner if this person went: as leaving a
 * project, deleting an account asks the last owner to hand over first. A project they are alone in goes with them.
 */
export async function projectsOnlyTheyOwn(db: Executor, userId: string): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`
      select count(*) as n from members_view m
      where m.user_id = ${userId} and m.active and m.role = 'owner'
        and not exists (
          select 1 from members_view o join users u on u.id = o.user_id
          where o.project_id = m.project_id and o.active and o.role = 'owner' and o.user_id <> ${userId})
        and exists (
          select 1 from members_view o join users u on u.id = o.user_id
          where o.project_id = m.project_id and o.active and o.user_id <> ${userId})`),
  );
  return Number(row?.n ?? 0);
}
