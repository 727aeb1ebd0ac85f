import {
  DEFAULT_WORKFLOW,
  requireProjectKey,
  type CommandOf,
  type CommandType,
  type DomainEvent,
  type EventData,
  type ProjectCommand,
  type ProjectState,
  type TaskInProjectCommand,
  type TaskState,
} from '@/domain';
import { and, eq } from 'drizzle-orm';
import { invitations } from '../db/schema';
import type { Transaction } from '../db/types';
import { normalEmail } from '../invitations/invitee';
import type { CommandContext } from './context';
import { sqlErrorOf, UNIQUE_VIOLATION } from './database-errors';
import {
  countTasksInStatus,
  isEventOfProject,
  keyTaken,
  rankForPlace,
  requireFreeKey,
  requireNotInvited,
  requireOpenInvitationFor,
} from './trusted-reads';

/**
 * Which streams a command locks, and how. Every command is about one project, whose row it locks 'update' when it
 * writes the project's stream (which waits for the task commands in flight and keeps new ones out until commit) or
 * 'share' when it only reads it (so commands on different tasks run side by side); a task command also locks its task.
 * A stream the command starts is `new`: there is nothing to lock, and the append refuses it if it exists meanwhile.
 */
export interface Streams {
  readonly project: { readonly id: string; readonly lock: 'share' | 'update' | 'new' };
  readonly task?: { readonly id: string; readonly lock: 'update' | 'new'; readonly expectedVersion?: number };
}

/** What a handler knows once the streams are locked and folded. */
export interface Known {
  readonly tx: Transaction;
  readonly ctx: CommandContext;
  readonly streams: Streams;
  readonly project: ProjectState;
  readonly task: TaskState;
}

interface Common<T extends CommandType> {
  readonly streams: (command: CommandOf<T>, ctx: CommandContext) => Streams;
  /**
   * What the command answers besides its outcome, from the events it recorded. It is stored with the outcome for the
   * command sent again, so it must hold nothing secret.
   */
  readonly answer?: (events: readonly DomainEvent[], streams: Streams) => object;
  /**
   * What goes with the events but must stay out of the log (personal data), written in their transaction and only when
   * the command changes something. It may still refuse the command: nothing is then written at all.
   */
  readonly alongside?: (command: CommandOf<T>, events: readonly DomainEvent[], known: Known) => Promise<unknown>;
  /**
   * What of the decided command is kept beside its answer (the inspector shows it): all of it, unless it carries
   * what the log keeps out (an invitee's address, an invitation link's secret). Kept commands follow the events'
   * rules for personal data and secrets.
   */
  readonly kept?: (decided: { readonly [field: string]: unknown }) => object;
  /** A refusal the database gives only at commit, in the words of the domain. */
  readonly refusal?: (error: unknown, command: CommandOf<T>) => Error | undefined;
}

/**
 * How one type of command is handled: the streams it locks, what its decider is told beyond the command and the
 * streams' states (new ids, the sender, the reads the write side trusts), and which decider decides it: the project's
 * own, or a task's within its project (domain/task/in-project.ts).
 */
export type Handler<T extends CommandType> = Common<T> &
  (
    | {
        readonly decider: 'project';
        readonly decided: (command: CommandOf<T>, known: Known) => ProjectCommand | Promise<ProjectCommand>;
      }
    | {
        readonly decider: 'task';
        readonly decided: (command: CommandOf<T>, known: Known) => TaskInProjectCommand | Promise<TaskInProjectCommand>;
      }
  );

/** The project a command on an existing one addresses: the one its access check approved. */
function approvedProject(ctx: CommandContext): string {
  if (!ctx.project) throw new Error('A command on a project needs the project its access check approved');
  return ctx.project.id;
}

const ofProject = (projectId: string): Streams => ({ project: { id: projectId, lock: 'update' } });
const ofTask = (command: { taskId: string; expectedVersion?: number }, ctx: CommandContext): Streams => ({
  project: { id: approvedProject(ctx), lock: 'share' },
  task: { id: command.taskId, lock: 'update', expectedVersion: command.expectedVersion },
});

/** The project decides on its own state: the command goes as sent, or with its sender. */
const asSent = { decider: 'project', decided: (command: ProjectCommand) => command } as const;
const fromSender = {
  decider: 'project',
  decided: (command: object, { ctx }: Known) => ({ ...command, actorId: ctx.actorId }) as ProjectCommand,
} as const;
const onTask = { decider: 'task', decided: (command: TaskInProjectCommand) => command } as const;

const dataOf = <T extends DomainEvent['type']>(events: readonly DomainEvent[], type: T) =>
  events.find((event): event is Extract<DomainEvent, { type: T }> => event.type === type)?.data as EventData<T>;

export const handlers = {
  CreateProject: {
    decider: 'project',
    streams: (_command, ctx) => ({ project: { id: ctx.newId(), lock: 'new' } }),
    decided: async (command, { tx, ctx, streams }) => {
      const key = requireProjectKey(command.key);
      await requireFreeKey(tx, key);
      const statuses = DEFAULT_WORKFLOW.map((status) => ({ ...status, id: ctx.newId() }));
      return { ...command, key, projectId: streams.project.id, statuses, ownerId: ctx.actorId };
    },
    answer: (events) => {
      const { projectId, key } = dataOf(events, 'ProjectCreated');
      return { projectId, key };
    },
    refusal: (error, command) => {
      const { code, constraint } = sqlErrorOf(error);
      return code === UNIQUE_VIOLATION && constraint === 'projects_view_key_unique'
        ? keyTaken(requireProjectKey(command.key))
        : undefined;
    },
  },
  RenameProject: { ...asSent, streams: (command) => ofProject(command.projectId) },
  ArchiveProject: { ...asSent, streams: (command) => ofProject(command.projectId) },
  RestoreProject: { ...asSent, streams: (command) => ofProject(command.projectId) },
  AddStatus: {
    decider: 'project',
    streams: (command) => ofProject(command.projectId),
    decided: (command, { ctx }) => ({ ...command, statusId: ctx.newId() }),
  },
  RenameStatus: { ...asSent, streams: (command) => ofProject(command.projectId) },
  MoveStatus: { ...asSent, streams: (command) => ofProject(command.projectId) },
  RemoveStatus: {
    decider: 'project',
    streams: (command) => ofProject(command.projectId),
    decided: async (command, { tx }) => ({
      ...command,
      tasksInStatus: await countTasksInStatus(tx, command.projectId, command.statusId),
    }),
  },
  ChangeStatusCategory: { ...asSent, streams: (command) => ofProject(command.projectId) },
  ChangeMemberRole: { ...fromSender, streams: (command) => ofProject(command.projectId) },
  RemoveMember: { ...fromSender, streams: (command) => ofProject(command.projectId) },
  LeaveProject: { ...fromSender, streams: (command) => ofProject(command.projectId) },
  /**
   * No account is looked up: the answer is the same whether one uses the address or not, and a person who is not a
   * member yet is never named to the project. The address goes into `invitations` beside the `MemberInvited` event.
   */
  InviteMember: {
    decider: 'project',
    streams: (command) => ofProject(command.projectId),
    decided: (command, { ctx }) => ({
      ...command,
      email: normalEmail(command.email),
      actorId: ctx.actorId,
      invitationId: ctx.newId(),
    }),
    alongside: async (command, events, { tx, ctx, streams }) => {
      const email = normalEmail(command.email);
      await requireNotInvited(tx, streams.project.id, email);
      const { invitationId, role } = dataOf(events, 'MemberInvited');
      const projectId = streams.project.id;
      await tx
        .insert(invitations)
        .values({ id: invitationId, projectId, email, role, invitedBy: ctx.actorId, createdAt: ctx.now() });
    },
    kept: ({ email: _email, ...kept }) => kept,
    answer: (events) => ({ invitationId: dataOf(events, 'MemberInvited').invitationId }),
  },
  RevokeInvitation: {
    ...fromSender,
    streams: (command) => ofProject(command.projectId),
    alongside: (command, _events, { tx }) =>
      tx
        .delete(invitations)
        .where(and(eq(invitations.id, command.invitationId), eq(invitations.projectId, command.projectId))),
  },
  /**
   * The person invited accepts: they need no role in the project, only the invitation. The decider refuses one that is
   * closed; under the same lock, the row must still be there and hold the address of the account accepting.
   */
  AcceptInvitation: {
    decider: 'project',
    streams: (_command, ctx) => ofProject(approvedProject(ctx)),
    decided: (command, { ctx }) => ({ ...command, userId: ctx.actorId }),
    kept: ({ token: _token, ...kept }) => kept,
    alongside: async (command, _events, { tx, ctx, streams }) => {
      await requireOpenInvitationFor(tx, { id: command.invitationId, projectId: streams.project.id }, ctx.actorId);
      await tx.delete(invitations).where(eq(invitations.id, command.invitationId));
    },
    answer: (_events, streams) => ({ projectId: streams.project.id }),
  },
  CreateLabel: {
    decider: 'project',
    streams: (command) => ofProject(command.projectId),
    decided: (command, { ctx }) => ({ ...command, labelId: ctx.newId() }),
    answer: (events) => ({ labelId: dataOf(events, 'LabelCreated').labelId }),
  },
  RenameLabel: { ...asSent, streams: (command) => ofProject(command.projectId) },
  RecolourLabel: { ...asSent, streams: (command) => ofProject(command.projectId) },
  DeleteLabel: { ...asSent, streams: (command) => ofProject(command.projectId) },
  /** A name for a point of the project's history: the point must be an event of this project, read from the log. */
  NamePoint: {
    decider: 'project',
    streams: (command) => ofProject(command.projectId),
    decided: async (command, { tx, ctx }) => ({
      ...command,
      pointId: ctx.newId(),
      eventOfProject: await isEventOfProject(tx, command.projectId, command.position),
    }),
    answer: (events) => ({ pointId: dataOf(events, 'PointNamed').pointId }),
  },
  UnnamePoint: { ...asSent, streams: (command) => ofProject(command.projectId) },
  /** A new task's number comes from its project, which reserves it in the same decision: the project's row is locked. */
  CreateTask: {
    decider: 'task',
    streams: (command, ctx) => ({
      project: { id: command.projectId, lock: 'update' },
      task: { id: ctx.newId(), lock: 'new' },
    }),
    decided: async (command, { tx, streams, project }) => {
      const statusId = command.statusId ?? (project.status === 'none' ? undefined : project.statuses[0]?.id);
      const rank = statusId ? await rankForPlace(tx, { projectId: streams.project.id, statusId }) : '';
      return { ...command, statusId, taskId: streams.task!.id, rank };
    },
    answer: (events) => {
      const { taskId, number } = dataOf(events, 'TaskCreated');
      return { taskId, number };
    },
  },
  RenameTask: { ...onTask, streams: ofTask },
  DescribeTask: { ...onTask, streams: ofTask },
  MoveTask: {
    decider: 'task',
    streams: ofTask,
    decided: async (command, { tx, task }) => ({
      ...command,
      rank:
        task.status === 'none'
          ? ''
          : await rankForPlace(
              tx,
              { projectId: task.projectId, statusId: command.toStatusId, index: command.index },
              task,
            ),
    }),
  },
  AssignTask: { ...onTask, streams: ofTask },
  PrioritizeTask: { ...onTask, streams: ofTask },
  ScheduleTask: { ...onTask, streams: ofTask },
  LabelTask: { ...onTask, streams: ofTask },
  CommentOnTask: {
    decider: 'task',
    streams: ofTask,
    decided: (command, { ctx }) => ({ ...command, commentId: ctx.newId(), authorId: ctx.actorId }),
  },
  EditComment: {
    decider: 'task',
    streams: ofTask,
    decided: (command, { ctx }) => ({ ...command, editorId: ctx.actorId }),
  },
  /** Its author may delete a comment, and an owner may (the sender's role is read from the project under its lock). */
  DeleteComment: {
    decider: 'task',
    streams: ofTask,
    decided: (command, { ctx, project }) => ({
      ...command,
      actorId: ctx.actorId,
      moderator: project.status !== 'none' && project.members[ctx.actorId] === 'owner',
    }),
  },
  DeleteTask: { ...onTask, streams: ofTask },
  /** Where it goes if its status was removed while it was deleted (the decider decides whether it must). */
  RestoreTask: {
    decider: 'task',
    streams: ofTask,
    decided: async (command, { tx, project }) => {
      if (project.status === 'none' || !project.statuses[0]) return command;
      const place = { projectId: project.id, statusId: project.statuses[0].id };
      return { ...command, rank: await rankForPlace(tx, place) };
    },
  },
} satisfies { readonly [T in CommandType]: Handler<T> };
