import { planFork, requireProjectKey, requireProjectName, type BoardEvent } from '@/domain';
import { executeAct } from '../commands/act';
import type { CommandContext } from '../commands/context';
import { sqlErrorOf, UNIQUE_VIOLATION } from '../commands/database-errors';
import { foldStreams } from '../commands/fold-streams';
import { keyTaken, requireFreeKey } from '../commands/trusted-reads';
import type { ReplayPoint } from '../replay/point';
import { pointOf } from './restore';

/**
 * A new project that starts as the source stood at a point (domain/history/fork.ts). The source's history up to
 * that point is read as it is: it never changes, so no lock of the source is needed. The fork's streams are new,
 * and the append refuses them if they exist meanwhile; the person forking is its one owner.
 */
export async function forkProject(
  ctx: CommandContext & { project: { id: string } },
  input: { at: ReplayPoint; name: string; key: string },
) {
  const sourceId = ctx.project.id;
  const key = requireProjectKey(input.key);
  const name = requireProjectName(input.name);
  const point = await pointOf(ctx.db, sourceId, input.at);
  const source = (await foldStreams(ctx.db, sourceId, 'all', [point.position])).past.get(point.position)!;
  const newIds = (ids: Iterable<string>) => Object.fromEntries([...ids].map((id) => [id, ctx.newId()]));
  const tasks = Object.values(source.tasks).filter((t) => t.status !== 'none');
  const ids = {
    projectId: ctx.newId(),
    statuses: newIds(source.project.status === 'none' ? [] : source.project.statuses.map((s) => s.id)),
    labels: newIds(source.project.status === 'none' ? [] : Object.keys(source.project.labels)),
    tasks: newIds(tasks.map((t) => t.id)),
    comments: newIds(tasks.flatMap((t) => Object.keys(t.comments))),
  };
  try {
    return await executeAct(ctx, {
      projectId: ids.projectId,
      streams: 'new',
      kept: { type: 'Fork', command: { sourceProjectId: sourceId, position: point.position, key, name } },
      plan: async ({ tx }) => {
        await requireFreeKey(tx, key);
        return planFork(source, { key, name, ownerId: ctx.actorId, ...point }, ids);
      },
      answer: (recorded: readonly BoardEvent[]) => ({ projectId: ids.projectId, key, tasks: countCreated(recorded) }),
    });
  } catch (error) {
    const { code, constraint } = sqlErrorOf(error);
    if (code === UNIQUE_VIOLATION && constraint === 'projects_view_key_unique') throw keyTaken(key);
    throw error;
  }
}

const countCreated = (recorded: readonly BoardEvent[]) => recorded.filter((e) => e.event.type === 'TaskCreated').length;
