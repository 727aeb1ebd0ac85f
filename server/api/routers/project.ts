import { TRPCError } from '@trpc/server';
import { PROJECT_NAME_MAX, type CommandType, type Role } from '@/domain';
import { executeCommand } from '../../commands/execute';
import { changeLabel } from '../../commands/label-acts';
import { removeStatusMovingTasks } from '../../commands/remove-status';
import type { Executor } from '../../db/types';
import { invitationLinksFor } from '../../invitations';
import { pendingInvitations } from '../../queries/invitations';
import { listLabels } from '../../queries/labels';
import { listMembers } from '../../queries/members';
import { listNamedPoints } from '../../queries/named-points';
import { findProject, listProjects } from '../../queries/projects';
import { forkProject } from '../../history/fork';
import { text } from '../input';
import { point } from './replay-point';
import {
  createRouter,
  projectActProcedure,
  projectCommand,
  projectCommandProcedure,
  projectProcedure,
  signedInCommand,
  signedInProcedure,
} from '../trpc';

/** A change to the project itself, its workflow or its people: an owner's. */
const manage = <T extends CommandType>(type: T) => projectCommand('manageProject', 'projectId', type);

export const projectRouter = createRouter({
  /** The projects the signed-in person is a member of. */
  list: signedInProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user.id)),
  get: projectProcedure('read', 'projectId', {}).query(({ ctx }) => projectWithRole(ctx)),
  /** The same, named as addresses name it. */
  getByKey: projectProcedure('read', 'key', {}).query(({ ctx }) => projectWithRole(ctx)),
  /** Current and former members, so that history can still name everyone who took part. */
  members: projectProcedure('read', 'projectId', {}).query(({ ctx }) => listMembers(ctx.db, ctx.project.id)),

  create: signedInCommand('CreateProject'),
  rename: manage('RenameProject'),
  archive: manage('ArchiveProject'),
  restore: manage('RestoreProject'),
  addStatus: manage('AddStatus'),
  renameStatus: manage('RenameStatus'),
  moveStatus: manage('MoveStatus'),
  /** Refused while the status holds tasks, unless `moveTasksTo` names where they go: then one act does both. */
  removeStatus: projectCommandProcedure('manageProject', 'projectId', 'RemoveStatus').mutation(({ ctx }) => {
    const { moveTasksTo } = ctx.sent;
    return moveTasksTo === undefined
      ? executeCommand(ctx.command, ctx.sent)
      : removeStatusMovingTasks(ctx.command, { ...ctx.sent, moveTasksTo });
  }),
  changeStatusCategory: manage('ChangeStatusCategory'),

  /**
   * Invites an address to join with a role. The answer is the same whether an account uses the address or not (none
   * is looked up); its link is made from the invitation's id here, so the stored result holds nothing secret.
   */
  invite: projectCommandProcedure('manageProject', 'projectId', 'InviteMember').mutation(async ({ ctx }) => {
    const outcome = await executeCommand(ctx.command, ctx.sent);
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
  revokeInvitation: manage('RevokeInvitation'),
  changeMemberRole: manage('ChangeMemberRole'),
  removeMember: manage('RemoveMember'),
  /** Any member may leave (a viewer too); the last owner must hand over first. */
  leave: projectCommand('read', 'projectId', 'LeaveProject'),

  /** The label list: whoever reads the project sees it (cards show its colours); an owner changes it. */
  labels: projectProcedure('read', 'projectId', {}).query(({ ctx }) => listLabels(ctx.db, ctx.project.id)),
  createLabel: manage('CreateLabel'),
  recolourLabel: manage('RecolourLabel'),
  /** Both change every task that carries the label, in the same command. */
  renameLabel: projectCommandProcedure('manageProject', 'projectId', 'RenameLabel').mutation(({ ctx }) =>
    changeLabel(ctx.command, ctx.sent),
  ),
  deleteLabel: projectCommandProcedure('manageProject', 'projectId', 'DeleteLabel').mutation(({ ctx }) =>
    changeLabel(ctx.command, ctx.sent),
  ),

  /** Names a point of the history, like a git tag: whoever may change tasks may name the history they made. */
  namePoint: projectCommand('changeTasks', 'projectId', 'NamePoint'),
  unnamePoint: projectCommand('changeTasks', 'projectId', 'UnnamePoint'),
  /**
   * A new project that starts as this one stood at a point, owned by the person forking it; anyone who can read this
   * one may. Its history begins with where it came from; from then on the two are independent.
   */
  fork: projectActProcedure('read', 'projectId', {
    at: point,
    name: text(PROJECT_NAME_MAX),
    key: text(6),
  }).mutation(({ ctx, input }) => forkProject(ctx.command, input)),
  /** The project's named points, oldest point first, each with its step on the replay slider. */
  namedPoints: projectProcedure('read', 'projectId', {}).query(({ ctx }) => listNamedPoints(ctx.db, ctx.project.id)),
});

async function projectWithRole(ctx: { db: Executor; project: { id: string; role: Role } }) {
  const project = await findProject(ctx.db, ctx.project.id);
  if (!project) throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
  return { ...project, role: ctx.project.role };
}
