import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { PROJECT_NAME_MAX, ROLES, STATUS_CATEGORIES, STATUS_NAME_MAX, type Role } from '@/domain';
import { inviteMember, revokeInvitation } from '../../commands/invitation-commands';
import { changeProject, countTasksInStatus, createProject } from '../../commands/project-commands';
import type { Executor } from '../../db/types';
import { invitationLinksFor } from '../../invitations';
import { pendingInvitations } from '../../queries/invitations';
import { listMembers } from '../../queries/members';
import { findProject, listProjects } from '../../queries/projects';
import { email, text } from '../input';
import {
  createRouter,
  projectCommandProcedure,
  projectProcedure,
  signedInCommandProcedure,
  signedInProcedure,
} from '../trpc';

const name = text(PROJECT_NAME_MAX);
const statusName = text(STATUS_NAME_MAX);
const role = z.enum(ROLES);
const manage = <S extends z.ZodRawShape>(shape: S) => projectCommandProcedure('manageProject', 'projectId', shape);

export const projectRouter = createRouter({
  /** The projects the signed-in person is a member of. */
  list: signedInProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user.id)),
  get: projectProcedure('read', 'projectId', {}).query(({ ctx }) => projectWithRole(ctx)),
  /** The same, named as addresses name it. */
  getByKey: projectProcedure('read', 'key', {}).query(({ ctx }) => projectWithRole(ctx)),
  /** Current and former members, so that history can still name everyone who took part. */
  members: projectProcedure('read', 'projectId', {}).query(({ ctx }) => listMembers(ctx.db, ctx.project.id)),

  create: signedInCommandProcedure({ name, key: text(6) }).mutation(({ ctx, input }) =>
    createProject(ctx.command, input),
  ),
  rename: manage({ name }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, () => ({ type: 'RenameProject', name: input.name })),
  ),
  archive: manage({}).mutation(({ ctx }) => changeProject(ctx.command, () => ({ type: 'ArchiveProject' }))),
  restore: manage({}).mutation(({ ctx }) => changeProject(ctx.command, () => ({ type: 'RestoreProject' }))),
  addStatus: manage({ name: statusName, category: z.enum(STATUS_CATEGORIES).optional() }).mutation(({ ctx, input }) => {
    const statusId = ctx.command.newId();
    return changeProject(ctx.command, () => ({
      type: 'AddStatus',
      statusId,
      name: input.name,
      category: input.category,
    }));
  }),
  renameStatus: manage({ statusId: z.uuid(), name: statusName }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, () => ({ type: 'RenameStatus', statusId: input.statusId, name: input.name })),
  ),
  moveStatus: manage({ statusId: z.uuid(), toIndex: z.number().int().min(0).max(100) }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, () => ({ type: 'MoveStatus', statusId: input.statusId, toIndex: input.toIndex })),
  ),
  removeStatus: manage({ statusId: z.uuid() }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, async (tx) => ({
      type: 'RemoveStatus',
      statusId: input.statusId,
      tasksInStatus: await countTasksInStatus(tx, ctx.project.id, input.statusId),
    })),
  ),

  /**
   * Invites an address to join with a role. The answer is the same whether an account uses the address or not (none
   * is looked up); its link is made from the invitation's id here, so the stored result holds nothing secret.
   */
  invite: manage({ email, role }).mutation(async ({ ctx, input }) => {
    const outcome = await inviteMember(ctx.command, input);
    const links = await invitationLinksFor(ctx.db);
    return { ...outcome, linkPath: links.pathOf(outcome.invitationId) };
  }),
  /** The pending invitations, with the addresses and links only owners may see. */
  invitations: projectProcedure('manageProject', 'projectId', {}).query(async ({ ctx }) => {
    const links = await invitationLinksFor(ctx.db);
    const pending = await pendingInvitations(ctx.db, ctx.project.id);
    return pending.map((invitation) => ({ ...invitation, linkPath: links.pathOf(invitation.invitationId) }));
  }),
  /** An invitation of another project is not found: the decider knows only this project's. */
  revokeInvitation: manage({ invitationId: z.uuid() }).mutation(({ ctx, input }) =>
    revokeInvitation(ctx.command, input.invitationId),
  ),
  changeMemberRole: manage({ userId: z.uuid(), role }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, () => ({
      type: 'ChangeMemberRole',
      actorId: ctx.command.actorId,
      userId: input.userId,
      role: input.role,
    })),
  ),
  removeMember: manage({ userId: z.uuid() }).mutation(({ ctx, input }) =>
    changeProject(ctx.command, () => ({
      type: 'RemoveMember',
      actorId: ctx.command.actorId,
      userId: input.userId,
    })),
  ),
  /** Any member may leave; the last owner must hand over first. */
  leave: projectCommandProcedure('read', 'projectId', {}).mutation(({ ctx }) =>
    changeProject(ctx.command, () => ({
      type: 'RemoveMember',
      actorId: ctx.command.actorId,
      userId: ctx.command.actorId,
    })),
  ),
});

async function projectWithRole(ctx: { db: Executor; project: { id: string; role: Role } }) {
  const project = await findProject(ctx.db, ctx.project.id);
  if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
  return { ...project, role: ctx.project.role };
}
