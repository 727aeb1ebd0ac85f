import { z } from 'zod';
import { LABEL_COLOURS, PRIORITIES, ROLES, STATUS_CATEGORIES } from '@/domain';

/**
 * The shape of every event type as first written (schema version 1). A version, once events were written in it,
 * never changes: a new shape is a new version, with an upcaster from the one before (see ./index.ts).
 */
const id = z.string().min(1).max(64);
const empty = z.object({}).strict();
const label = z.string().min(1).max(30);
const status = z.object({ id, name: z.string().min(1).max(40) });

export const v1 = {
  ProjectCreated: z.object({
    projectId: id,
    key: z.string().min(2).max(6),
    name: z.string().min(1).max(80),
    statuses: z.array(status),
  }),
  ProjectRenamed: z.object({ name: z.string().min(1).max(80) }),
  ProjectArchived: empty,
  ProjectRestored: empty,
  StatusAdded: z.object({ statusId: id, name: z.string().min(1).max(40) }),
  StatusRenamed: z.object({ statusId: id, name: z.string().min(1).max(40) }),
  StatusMoved: z.object({ statusId: id, toIndex: z.number().int().min(0) }),
  StatusRemoved: z.object({ statusId: id }),
  // A type first written after categories came in (version 2 of ProjectCreated and StatusAdded): its first shape.
  StatusCategoryChanged: z.object({ statusId: id, category: z.enum(STATUS_CATEGORIES) }),
  TaskNumberReserved: z.object({ taskId: id, number: z.number().int().positive() }),
  MemberAdded: z.object({ userId: id, role: z.enum(ROLES) }),
  MemberRoleChanged: z.object({ userId: id, role: z.enum(ROLES) }),
  MemberRemoved: z.object({ userId: id }),
  MemberInvited: z.object({ invitationId: id, role: z.enum(ROLES) }),
  InvitationRevoked: z.object({ invitationId: id }),
  InvitationAccepted: z.object({ invitationId: id, userId: id }),
  // Types first written with the label list: their first shape.
  LabelCreated: z.object({ labelId: id, name: label, colour: z.enum(LABEL_COLOURS) }),
  LabelRenamed: z.object({ labelId: id, from: label, name: label }),
  LabelRecoloured: z.object({ labelId: id, colour: z.enum(LABEL_COLOURS) }),
  LabelDeleted: z.object({ labelId: id, name: label }),
  PointNamed: z.object({ pointId: id, position: z.number().int().positive(), name: z.string().min(1).max(80) }),
  PointUnnamed: z.object({ pointId: id, name: z.string().min(1).max(80) }),
  TaskCreated: z.object({
    taskId: id,
    projectId: id,
    number: z.number().int().positive(),
    title: z.string().min(1).max(200),
    description: z.string().max(10_000),
    statusId: id,
    rank: z.string().min(1).max(64),
    priority: z.enum(PRIORITIES),
    assigneeId: id.nullable(),
  }),
  TaskRenamed: z.object({ title: z.string().min(1).max(200) }),
  TaskDescribed: z.object({ description: z.string().max(10_000) }),
  TaskMoved: z.object({ fromStatusId: id, toStatusId: id, rank: z.string().min(1).max(64) }),
  TaskAssigned: z.object({ assigneeId: id }),
  TaskUnassigned: z.object({ previousAssigneeId: z.string().max(64) }),
  TaskPrioritized: z.object({ priority: z.enum(PRIORITIES) }),
  TaskScheduled: z.object({ dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  TaskUnscheduled: empty,
  TaskLabeled: z.object({ added: z.array(z.string().max(30)), removed: z.array(z.string().max(30)) }),
  CommentAdded: z.object({ commentId: id, authorId: id, body: z.string().min(1).max(5_000) }),
  CommentEdited: z.object({ commentId: id, body: z.string().min(1).max(5_000) }),
  TaskDeleted: empty,
  TaskRestored: empty,
  CommentDeleted: z.object({ commentId: id }),
  CommentRestored: z.object({ commentId: id }),
  ProjectForked: z.object({
    sourceProjectId: id,
    sourceKey: z.string().min(2).max(6),
    position: z.number().int().positive(),
    at: z.iso.datetime(),
  }),
  BoardRestored: z.object({
    position: z.number().int().positive(),
    at: z.iso.datetime(),
    taskId: id.nullable(),
    changes: z.number().int().positive(),
  }),
  ChangeUndone: z.object({ commandId: id, positions: z.array(z.number().int().positive()).min(1) }),
};
