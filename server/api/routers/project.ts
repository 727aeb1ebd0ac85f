import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { text } from './text';
import { PROJECT_NAME_MAX, STATUS_CATEGORIES, STATUS_NAME_MAX } from '@/domain';
import { changeProject, countTasksInStatus, createProject } from '../../commands/project-commands';
import { findProject, listProjects } from '../../queries/projects';
import { commandProcedure, createRouter, publicProcedure } from '../trpc';

const projectId = z.object({ projectId: z.uuid() });
const statusRef = projectId.extend({ statusId: z.uuid() });
const name = text(PROJECT_NAME_MAX);
const statusName = text(STATUS_NAME_MAX);

export const projectRouter = createRouter({
  list: publicProcedure.query(({ ctx }) => listProjects(ctx.db)),
  get: publicProcedure.input(z.union([projectId, z.object({ key: text(6) })])).query(async ({ ctx, input }) => {
    const project = await findProject(ctx.db, input);
    if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
    return project;
  }),

  create: commandProcedure
    .input(z.object({ name, key: text(6) }))
    .mutation(({ ctx, input }) => createProject(ctx.command, input)),
  rename: commandProcedure
    .input(projectId.extend({ name }))
    .mutation(({ ctx, input }) =>
      changeProject(ctx.command, input.projectId, () => ({ type: 'RenameProject', name: input.name })),
    ),
  archive: commandProcedure
    .input(projectId)
    .mutation(({ ctx, input }) => changeProject(ctx.command, input.projectId, () => ({ type: 'ArchiveProject' }))),
  restore: commandProcedure
    .input(projectId)
    .mutation(({ ctx, input }) => changeProject(ctx.command, input.projectId, () => ({ type: 'RestoreProject' }))),
  addStatus: commandProcedure
    .input(projectId.extend({ name: statusName, category: z.enum(STATUS_CATEGORIES).optional() }))
    .mutation(({ ctx, input }) => {
      const statusId = ctx.command.newId();
      return changeProject(ctx.command, input.projectId, () => ({
        type: 'AddStatus',
        statusId,
        name: input.name,
        category: input.category,
      }));
    }),
  renameStatus: commandProcedure.input(statusRef.extend({ name: statusName })).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, () => ({
      type: 'RenameStatus',
      statusId: input.statusId,
      name: input.name,
    })),
  ),
  moveStatus: commandProcedure
    .input(statusRef.extend({ toIndex: z.number().int().min(0).max(100) }))
    .mutation(({ ctx, input }) =>
      changeProject(ctx.command, input.projectId, () => ({
        type: 'MoveStatus',
        statusId: input.statusId,
        toIndex: input.toIndex,
      })),
    ),
  removeStatus: commandProcedure.input(statusRef).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, async (tx) => ({
      type: 'RemoveStatus',
      statusId: input.statusId,
      tasksInStatus: await countTasksInStatus(tx, input.projectId, input.statusId),
    })),
  ),
});
