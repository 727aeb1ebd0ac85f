import type { StoredEvent } from '../event-store/types';
import type { RowStore } from './row-store';

/** Project membership, the table every access check reads. */
export async function projectMembers(event: StoredEvent, rows: RowStore): Promise<void> {
  if (event.type !== 'MemberAdded' && event.type !== 'MemberRoleChanged' && event.type !== 'MemberRemoved') return;
  const id = `${event.projectId}:${event.data.userId}`;
  const existing = await rows.get('members', id);
  if (event.type === 'MemberRemoved') {
    await rows.update('members', id, { active: false, updatedAt: event.recordedAt });
  } else if (existing) {
    const rejoined = existing.active ? {} : { since: event.recordedAt };
    await rows.update('members', id, { role: event.data.role, active: true, updatedAt: event.recordedAt, ...rejoined });
  } else {
    await rows.insert('members', {
      id,
      projectId: event.projectId,
      userId: event.data.userId,
      role: event.data.role,
      active: true,
      since: event.recordedAt,
      updatedAt: event.recordedAt,
    });
  }
}
