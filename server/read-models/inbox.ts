import { mentionedHandles } from '@/domain/inbox';
import { inboxComments, inboxMemberships, inboxMentions, inboxNotifications, inboxTasks } from '../db/schema';
import type { StoredEvent } from '../event-store/types';
import { buildTable, defineReadModel, taskIdOf, type RowChange } from './define';

const tables = {
  inboxMemberships: buildTable(inboxMemberships, 'projectId', 'userId', 'since'),
  inboxTasks: buildTable(inboxTasks, 'taskId'),
  inboxComments: buildTable(inboxComments, 'commentId'),
  inboxNotifications: buildTable(inboxNotifications, 'recipientId', 'position'),
  inboxMentions: buildTable(inboxMentions, 'handle', 'position'),
};
type Change = RowChange<typeof tables>;

/**
 * Everyone's notifications, built from the whole log: "assigned to you", "commented on a task you are assigned to"
 * and the handles each comment or description mentions, with who was a member of each project when. It reads only
 * its own rows, so it can be built from any old history, and never notifies anyone of their own action. Whether a
 * mention names the person reading and whether they are still a member are decided when the inbox is read
 * (server/queries/inbox.ts), as are the notifications of time ("due tomorrow"), which no event marks.
 */
export const inbox = defineReadModel({
  name: 'inbox',
  maintained: 'async',
  tables,
  handles: [
    'MemberAdded',
    'MemberRemoved',
    'TaskCreated',
    'TaskAssigned',
    'TaskUnassigned',
    'TaskDescribed',
    'CommentAdded',
    'CommentEdited',
  ],
  reads: (event) => {
    if (event.type === 'CommentEdited') return [{ table: 'inboxComments', key: { commentId: event.data.commentId } }];
    const taskId = taskIdOf(event);
    return taskId && event.type !== 'TaskCreated' ? [{ table: 'inboxTasks', key: { taskId } }] : [];
  },
  async apply(event, rows): Promise<Change[]> {
    const { projectId } = event;
    const taskId = taskIdOf(event) ?? '';
    switch (event.type) {
      case 'MemberAdded':
      case 'MemberRemoved': {
        const { userId } = event.data;
        const open = (await rows.find('inboxMemberships', { projectId, userId })).find((m) => m.until === null);
        if (event.type === 'MemberAdded')
          return open
            ? []
            : [{ insert: 'inboxMemberships', row: { projectId, userId, since: event.position, until: null } }];
        if (!open) return [];
        return [
          { update: 'inboxMemberships', key: { projectId, userId, since: open.since }, set: { until: event.position } },
        ];
      }
      case 'TaskCreated': {
        const { assigneeId, description } = event.data;
        const mentioned = mentionedHandles(description);
        return [
          { insert: 'inboxTasks', row: { taskId, projectId, assigneeId, mentioned } },
          ...notify(event, taskId, assigneeId, 'assigned'),
          ...mentions(event, taskId, mentioned),
        ];
      }
      case 'TaskAssigned': {
        const { assigneeId } = event.data;
        return [
          { update: 'inboxTasks', key: { taskId }, set: { assigneeId } },
          ...notify(event, taskId, assigneeId, 'assigned'),
        ];
      }
      case 'TaskUnassigned':
        return [{ update: 'inboxTasks', key: { taskId }, set: { assigneeId: null } }];
      case 'TaskDescribed': {
        const task = await rows.get('inboxTasks', { taskId });
        const mentioned = mentionedHandles(event.data.description);
        // Editing a description mentions again only the handles it did not hold before.
        const added = mentioned.filter((handle) => !task?.mentioned.includes(handle));
        return [
          ...(task ? [{ update: 'inboxTasks', key: { taskId }, set: { mentioned } } as const] : []),
          ...mentions(event, taskId, added),
        ];
      }
      case 'CommentAdded': {
        const task = await rows.get('inboxTasks', { taskId });
        const { commentId, body } = event.data;
        const mentioned = mentionedHandles(body);
        return [
          { insert: 'inboxComments', row: { commentId, mentioned } },
          ...notify(event, taskId, task?.assigneeId ?? null, 'commented'),
          ...mentions(event, taskId, mentioned),
        ];
      }
      case 'CommentEdited': {
        const { commentId, body } = event.data;
        const comment = await rows.get('inboxComments', { commentId });
        const mentioned = mentionedHandles(body);
        // Like a description, an edited comment mentions again only the handles it did not hold before.
        const added = mentioned.filter((handle) => !comment?.mentioned.includes(handle));
        return [
          ...(comment ? [{ update: 'inboxComments', key: { commentId }, set: { mentioned } } as const] : []),
          ...mentions(event, taskId, added),
        ];
      }
    }
  },
});

function notify(event: StoredEvent, taskId: string, recipientId: string | null, kind: 'assigned' | 'commented') {
  const actorId = event.metadata.actorId;
  if (recipientId === null || recipientId === actorId) return [];
  const { position, projectId, recordedAt } = event;
  return [
    {
      insert: 'inboxNotifications',
      row: { recipientId, position, projectId, taskId, kind, actorId, recordedAt },
    } as const,
  ];
}

const mentions = (event: StoredEvent, taskId: string, handles: readonly string[]) =>
  handles.map(
    (handle) =>
      ({
        insert: 'inboxMentions',
        row: {
          handle,
          position: event.position,
          projectId: event.projectId,
          taskId,
          actorId: event.metadata.actorId,
          recordedAt: event.recordedAt,
        },
      }) as const,
  );
