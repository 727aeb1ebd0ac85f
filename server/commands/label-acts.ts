import { and, eq, sql } from 'drizzle-orm';
import { planLabelChange, type CommandOf } from '@/domain';
import { projectLabels, tasksView } from '../db/schema';
import { executeAct } from './act';
import type { CommandContext } from './context';

/**
 * Renames or deletes a label of the project's list and changes every task that carries it, as ONE command over the
 * project's stream and those tasks' (an act, like a status removed with its tasks): the tasks' own streams then say
 * what they carry, so the board, undo, restore and the history agree. The tasks are read before the project's lock;
 * one labelled in between keeps the old name, shown as a label of that name in the default colour.
 */
export async function changeLabel(ctx: CommandContext, command: CommandOf<'RenameLabel'> | CommandOf<'DeleteLabel'>) {
  const projectId = ctx.project?.id;
  if (projectId === undefined) throw new Error('A label change needs the project its access check approved');
  // A label of another project is not this one's: the decider then says it is not found.
  const [label] = await ctx.db
    .select({ name: projectLabels.name })
    .from(projectLabels)
    .where(and(eq(projectLabels.projectId, projectId), eq(projectLabels.id, command.labelId)));
  const carrying = label
    ? await ctx.db
        .select({ id: tasksView.id })
        .from(tasksView)
        .where(
          and(
            eq(tasksView.projectId, projectId),
            eq(tasksView.deleted, false),
            sql`${tasksView.labels} @> ${JSON.stringify([label.name])}::jsonb`,
          ),
        )
    : [];
  const decided = { ...command, projectId };
  return executeAct(ctx, {
    projectId,
    streams: { tasks: carrying.map((t) => t.id) },
    kept: { type: command.type, command: decided },
    plan: ({ streams }) => planLabelChange(streams.now, decided),
  });
}
