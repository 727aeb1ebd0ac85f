import { membersView } from '../db/schema';
import { defineReadModel, table } from './define';

/** Project membership, the table every access check reads. */
export const members = defineReadModel({
  name: 'members',
  maintained: 'inline',
  tables: { members: table(membersView, 'id') },
  handles: ['MemberAdded', 'MemberRoleChanged', 'MemberRemoved'],
  async apply(event, rows) {
    const key = { id: `${event.projectId}:${event.data.userId}` };
    if (event.type === 'MemberRemoved')
      return [{ update: 'members', key, set: { active: false, updatedAt: event.recordedAt } }];
    const existing = await rows.get('members', key);
    if (existing) {
      const rejoined = existing.active ? {} : { since: event.recordedAt };
      return [
        {
          update: 'members',
          key,
          set: { role: event.data.role, active: true, updatedAt: event.recordedAt, ...rejoined },
        },
      ];
    }
    return [
      {
        insert: 'members',
        row: {
          ...key,
          projectId: event.projectId,
          userId: event.data.userId,
          role: event.data.role,
          active: true,
          since: event.recordedAt,
          updatedAt: event.recordedAt,
        },
      },
    ];
  },
});
