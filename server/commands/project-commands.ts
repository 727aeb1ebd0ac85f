import { and, count, eq } from 'drizzle-orm';
import {
  DEFAULT_WORKFLOW,
  decideProject,
  requireAccess,
  requireProjectKey,
  ruleViolated,
  type ProjectCommand,
  type ProjectState,
} from '@/domain';
import { projectsView, tasksView } from '../db/schema';
import type { Transaction } from '../db/types';
import type { CommandContext, ProjectCommandContext } from './context';
import { sqlErrorOf, UNIQUE_VIOLATION } from './database-errors';
import { executeCommand } from './execute';
import { loadProject } from './load';

export async function createProject(ctx: CommandContext, input: { name: string; key: string }) {
  const projectId = ctx.newId();
  const key = requireProjectKey(input.key);
  try {
    return await executeCommand(ctx, async (tx) => {
      await requireFreeKey(tx, key);
      const project = await loadProject(tx, projectId, 'update', ctx.db);
      const statuses = DEFAULT_WORKFLOW.map((status) => ({ ...status, id: ctx.newId() }));
      const events = decideProject(
        { type: 'CreateProject', projectId, key, name: input.name, statuses, ownerId: ctx.actorId },
        project.state,
      );
      return {
        streamId: project.streamId,
        writes: [{ streamId: project.streamId, projectId, expectedVersion: 0, events }],
        result: { projectId, key },
      };
    });
  } catch (error) {
    // Two people may claim one key at the same moment: the unique index on the read model settles it.
    const { code, constraint } = sqlErrorOf(error);
    if (code === UNIQUE_VIOLATION && constraint === 'projects_view_key_unique') throw keyTaken(key);
    throw error;
  }
}

async function requireFreeKey(tx: Transaction, key: string) {
  const [taken] = await tx.select({ id: projectsView.id }).from(projectsView).where(eq(projectsView.key, key));
  if (taken) throw keyTaken(key);
}

const keyTaken = (key: string) => ruleViolated(`The key ${key} is already used by another project`);

type ProjectChange = Exclude<ProjectCommand, { type: 'CreateProject' | 'ReserveTaskNumber' }>;

export interface ProjectChangeOptions<R extends object> {
  /** What the command answers besides its outcome; it is stored with it, so it must hold nothing secret. */
  readonly result?: R;
  /**
   * What goes with the events but must stay out of the log (personal data), written in their transaction and only
   * when the command changes something. It may still refuse the command: nothing is then written at all.
   */
  readonly alongside?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every command on the command's project: lock it exclusively, check the sender's access against its state under
 * that lock, decide, append.
 */
export function changeProject<R extends object = object>(
  ctx: ProjectCommandContext,
  toCommand: (tx: Transaction) => ProjectChange | Promise<ProjectChange>,
  options: ProjectChangeOptions<R> = {},
) {
  return decideOnProject(
    ctx,
    ctx.project.id,
    (state) => {
      requireAccess(state, ctx.actorId, ctx.project.permission);
    },
    toCommand,
    options,
  );
}

/** The path every command on an existing project takes, with the check of who may send it that fits the command. */
export function decideOnProject<R extends object>(
  ctx: CommandContext,
  projectId: string,
  requireSender: (state: ProjectState) => void,
  toCommand: (tx: Transaction) => ProjectChange | Promise<ProjectChange>,
  { result, alongside }: ProjectChangeOptions<R>,
) {
  return executeCommand<R>(ctx, async (tx) => {
    const project = await loadProject(tx, projectId, 'update', ctx.db);
    requireSender(project.state);
    const events = decideProject(await toCommand(tx), project.state);
    if (events.length > 0) await alongside?.(tx);
    return {
      streamId: project.streamId,
      writes: [{ streamId: project.streamId, projectId, expectedVersion: project.version, events }],
      result,
    };
  });
}

/** Read under the project's exclusive lock, so no task can move into the status between the count and the append. */
export async function countTasksInStatus(tx: Transaction, projectId: string, statusId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(tasksView)
    .where(and(eq(tasksView.projectId, projectId), eq(tasksView.statusId, statusId), eq(tasksView.deleted, false)));
  return row?.n ?? 0;
}
