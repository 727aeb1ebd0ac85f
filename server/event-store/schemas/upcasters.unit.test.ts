import { describe, expect, it } from 'vitest';
import { toStored, upcast } from '../serialization';
import { inferStatusCategory } from './status-categories';
import { projectCreatedV1toV2, statusAddedV1toV2 } from './upcasters';

describe('status categories for statuses written before they had one', () => {
  it.each([
    ['Backlog', 'backlog'],
    ['Icebox', 'backlog'],
    ['Todo', 'unstarted'],
    ['To do', 'unstarted'],
    ['Ready', 'unstarted'],
    ['In progress', 'started'],
    ['Review', 'started'],
    ['Done', 'completed'],
    ['Shipped', 'completed'],
    ["Won't do", 'canceled'],
    ['Cancelled', 'canceled'],
  ])('%s is %s', (name, category) => {
    expect(inferStatusCategory(name)).toBe(category);
  });

  it('falls back on the place of a status in its workflow', () => {
    expect(inferStatusCategory('Inbox', { index: 0, count: 3 })).toBe('unstarted');
    expect(inferStatusCategory('QA', { index: 1, count: 3 })).toBe('started');
    expect(inferStatusCategory('Live', { index: 2, count: 3 })).toBe('completed');
  });
});

describe('upcasters', () => {
  const v1Project = {
    projectId: 'p1',
    key: 'WEB',
    name: 'Website',
    statuses: [
      { id: 'a', name: 'Backlog' },
      { id: 'b', name: 'Todo' },
      { id: 'c', name: 'In progress' },
      { id: 'd', name: 'Done' },
    ],
  };

  it('ProjectCreated v1 -> v2 gives every status of the workflow a category', () => {
    expect(projectCreatedV1toV2(v1Project).statuses.map((s) => s.category)).toEqual([
      'backlog',
      'unstarted',
      'started',
      'completed',
    ]);
  });

  it('StatusAdded v1 -> v2 gives the added status a category', () => {
    expect(statusAddedV1toV2({ statusId: 'e', name: 'QA' })).toEqual({
      statusId: 'e',
      name: 'QA',
      category: 'started',
    });
  });

  it('a v1 event is read in the current shape, and new events are written as v2', () => {
    const read = upcast(1, 'ProjectCreated', 1, v1Project);
    expect(read).toEqual({ type: 'ProjectCreated', data: projectCreatedV1toV2(v1Project) });
    expect(toStored(read).schemaVersion).toBe(2);
    expect(upcast(2, 'StatusAdded', 1, { statusId: 'e', name: 'Done' })).toEqual({
      type: 'StatusAdded',
      data: { statusId: 'e', name: 'Done', category: 'completed' },
    });
  });

  it('a v2 event missing its category is unreadable, not guessed', () => {
    expect(() => upcast(3, 'StatusAdded', 2, { statusId: 'e', name: 'Done' })).toThrow(/position 3 \(StatusAdded v2\)/);
  });
});
