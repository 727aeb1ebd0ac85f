import { z } from 'zod';
import type { DomainEvent } from '@/domain';
import type { ImportIds } from './ids';

/** The positions of earlier events of the project an event refers to: they change on import, like the ids. */
export function referencedPositions(event: DomainEvent): readonly number[] {
  switch (event.type) {
    case 'PointNamed':
    case 'BoardRestored':
      return [event.data.position];
    case 'ChangeUndone':
      return event.data.positions;
    default:
      return [];
  }
}

const personId = z.guid();

/**
 * The event as it is written here: the file's ids of the project's things replaced by their new ones, positions by
 * where those events now are, people kept (checked to be ids an account could have: `invalid` names the field).
 */
export function remapEvent(
  event: DomainEvent,
  ids: ImportIds,
  positionOf: (source: number) => number,
  person: (field: string, id: string) => string,
  key: string,
): DomainEvent {
  const id = (kind: Parameters<ImportIds['of']>[0], sourceId: string) => ids.of(kind, sourceId);
  const user = (field: string, userId: string) => person(field, userId);
  switch (event.type) {
    case 'ProjectCreated':
      return {
        type: event.type,
        data: {
          ...event.data,
          projectId: ids.projectId,
          key,
          statuses: event.data.statuses.map((s) => ({ ...s, id: id('status', s.id) })),
        },
      };
    case 'ProjectForked':
    case 'ProjectRenamed':
    case 'ProjectArchived':
    case 'ProjectRestored':
    case 'TaskRenamed':
    case 'TaskDescribed':
    case 'TaskPrioritized':
    case 'TaskScheduled':
    case 'TaskUnscheduled':
    case 'TaskLabeled':
    case 'TaskDeleted':
    case 'TaskRestored':
      return event;
    case 'StatusAdded':
    case 'StatusRenamed':
    case 'StatusMoved':
    case 'StatusRemoved':
    case 'StatusCategoryChanged':
      return { ...event, data: { ...event.data, statusId: id('status', event.data.statusId) } } as DomainEvent;
    case 'TaskNumberReserved':
      return { ...event, data: { ...event.data, taskId: id('task', event.data.taskId) } };
    case 'MemberAdded':
    case 'MemberRoleChanged':
    case 'MemberRemoved':
      return { ...event, data: { ...event.data, userId: user('userId', event.data.userId) } } as DomainEvent;
    case 'MemberInvited':
    case 'InvitationRevoked':
      return {
        ...event,
        data: { ...event.data, invitationId: id('invitation', event.data.invitationId) },
      } as DomainEvent;
    case 'InvitationAccepted':
      return {
        ...event,
        data: { invitationId: id('invitation', event.data.invitationId), userId: user('userId', event.data.userId) },
      };
    case 'LabelCreated':
    case 'LabelRenamed':
    case 'LabelRecoloured':
    case 'LabelDeleted':
      return { ...event, data: { ...event.data, labelId: id('label', event.data.labelId) } } as DomainEvent;
    case 'PointNamed':
      return {
        ...event,
        data: { ...event.data, pointId: id('point', event.data.pointId), position: positionOf(event.data.position) },
      };
    case 'PointUnnamed':
      return { ...event, data: { ...event.data, pointId: id('point', event.data.pointId) } };
    case 'BoardRestored':
      return {
        ...event,
        data: {
          ...event.data,
          position: positionOf(event.data.position),
          taskId: event.data.taskId === null ? null : id('task', event.data.taskId),
        },
      };
    case 'ChangeUndone':
      return { ...event, data: { ...event.data, positions: event.data.positions.map(positionOf) } };
    case 'TaskCreated':
      return {
        ...event,
        data: {
          ...event.data,
          taskId: id('task', event.data.taskId),
          projectId: ids.projectId,
          statusId: id('status', event.data.statusId),
          assigneeId: event.data.assigneeId === null ? null : user('assigneeId', event.data.assigneeId),
        },
      };
    case 'TaskMoved':
      return {
        ...event,
        data: {
          ...event.data,
          fromStatusId: id('status', event.data.fromStatusId),
          toStatusId: id('status', event.data.toStatusId),
        },
      };
    case 'TaskAssigned':
      return { ...event, data: { assigneeId: user('assigneeId', event.data.assigneeId) } };
    case 'TaskUnassigned':
      return { ...event, data: { previousAssigneeId: user('previousAssigneeId', event.data.previousAssigneeId) } };
    case 'CommentAdded':
      return {
        ...event,
        data: {
          ...event.data,
          commentId: id('comment', event.data.commentId),
          authorId: user('authorId', event.data.authorId),
        },
      };
    case 'CommentEdited':
    case 'CommentDeleted':
    case 'CommentRestored':
      return { ...event, data: { ...event.data, commentId: id('comment', event.data.commentId) } } as DomainEvent;
    default:
      return unreachable(event);
  }
}

function unreachable(event: never): never {
  throw new Error(`No id mapping for ${(event as { type: string }).type}`);
}

export const isPersonId = (value: string) => personId.safeParse(value).success;
