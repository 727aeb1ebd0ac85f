import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { text } from './text';
import { PROJECT_NAME_MAX, ROLES, STATUS_CATEGORIES, STATUS_NAME_MAX } from '@/domain';
import { changeProject, countTasksInStatus, createProject } from '../../commands/project-commands';
import { findUserByEmail, listMembers } from '../../queries/members';
import { findProject, listProjects } from '../../queries/projects';
import { commandProcedure, createRouter, projectProcedure, signedInCommandProcedure, signedInProcedure } from '../trpc';

const projectId = z.object({ projectId: z.uuid() });
const statusRef = projectId.extend({ statusId: z.uuid() });
const name = text(PROJECT_NAME_MAX);
const statusName = text(STATUS_NAME_MAX);
const role = z.enum(ROLES);
const manage = commandProcedure('manageProject');

export const projectRouter = createRouter({
  /** The projects the signed-in person is a member of. */
  list: signedInProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user.id)),
  get: projectProcedure('read')
    .input(z.union([projectId, z.object({ key: text(6) })]))
    .query(async ({ ctx, input }) => {
      const project = await findProject(ctx.db, input);
      if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
      return { ...project, role: ctx.role };
    }),
  /** Current and former members, so that history can still name everyone who took part. */
  members: projectProcedure('read')
    .input(projectId)
    .query(({ ctx, input }) => listMembers(ctx.db, input.projectId)),

  create: signedInCommandProcedure
    .input(z.object({ name, key: text(6) }))
    .mutation(({ ctx, input }) => createProject(ctx.command, input)),
  rename: manage
    .input(projectId.extend({ name }))
    .mutation(({ ctx, input }) =>
      changeProject(ctx.command, input.projectId, () => ({ type: 'RenameProject', name: input.name })),
    ),
  archive: manage
    .input(projectId)
    .mutation(({ ctx, input }) => changeProject(ctx.command, input.projectId, () => ({ type: 'ArchiveProject' }))),
  restore: manage
    .input(projectId)
    .mutation(({ ctx, input }) => changeProject(ctx.command, input.projectId, () => ({ type: 'RestoreProject' }))),
  addStatus: manage
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
  renameStatus: manage.input(statusRef.extend({ name: statusName })).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, () => ({
      type: 'RenameStatus',
      statusId: input.statusId,
      name: input.name,
    })),
  ),
  moveStatus: manage.input(statusRef.extend({ toIndex: z.number().int().min(0).max(100) })).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, () => ({
      type: 'MoveStatus',
      statusId: input.statusId,
      toIndex: input.toIndex,
    })),
  ),
  removeStatus: manage.input(statusRef).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, async (tx) => ({
      type: 'RemoveStatus',
      statusId: input.statusId,
      tasksInStatus: await countTasksInStatus(tx, input.projectId, input.statusId),
    })),
  ),

  /** Adds someone who already has an account, found by e-mail. */
  addMember: manage
    .input(projectId.extend({ email: z.email('Enter an e-mail address like ana@example.com').max(254), role }))
    .mutation(async ({ ctx, input }) => {
      const user = await findUserByEmail(ctx.db, input.email);
      if (!user) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `No account uses ${input.email}; ask them to sign up first`,
        });
      }
      const outcome = await changeProject(ctx.command, input.projectId, () => ({
        type: 'AddMember',
        actorId: ctx.command.actorId,
        userId: user.id,
        role: input.role,
      }));
      return { ...outcome, userId: user.id, name: user.name };
    }),
  changeMemberRole: manage.input(projectId.extend({ userId: z.uuid(), role })).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, () => ({
      type: 'ChangeMemberRole',
      actorId: ctx.command.actorId,
      userId: input.userId,
      role: input.role,
    })),
  ),
  removeMember: manage.input(projectId.extend({ userId: z.uuid() })).mutation(({ ctx, input }) =>
    changeProject(ctx.command, input.projectId, () => ({
      type: 'RemoveMember',
      actorId: ctx.command.actorId,
      userId: input.userId,
    })),
  ),
  /** Any member may leave; the last owner must hand over first. */
  leave: commandProcedure('read')
    .input(projectId)
    .mutation(({ ctx, input }) =>
      changeProject(ctx.command, input.projectId, () => ({
        type: 'RemoveMember',
        actorId: ctx.command.actorId,
        userId: ctx.command.actorId,
      })),
    ),
});
