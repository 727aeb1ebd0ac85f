import { describe, expect, it } from 'vitest';
import type { ReadRows } from '../read-models';
import { diffSnapshots, type ProjectSnapshot } from './diff';

const at = new Date('2026-11-01T10:00:00Z');
const project: ReadRows['projects'] = {
  id: 'p1',
  key: 'WEB',
  name: 'Website',
  archived: false,
  statuses: [
    { id: 's1', name: 'Todo', category: 'unstarted' },
    { id: 's2', name: 'Done', category: 'completed' },
  ],
  lastTaskNumber: 2,
  createdAt: at,
  updatedAt: at,
  lastPosition: 1,
};
const task = (overrides: Partial<ReadRows['tasks']> = {}): ReadRows['tasks'] => ({
  id: 't1',
  projectId: 'p1',
  number: 1,
  title: 'Write copy',
  description: '',
  statusId: 's1',
  rank: 'a0',
  priority: 'none',
  assigneeId: null,
  labels: [],
  dueOn: null,
  deleted: false,
  version: 1,
  commentCount: 0,
  createdAt: at,
  updatedAt: at,
  lastPosition: 2,
  ...overrides,
});
const snapshot = (tasks: ReadRows['tasks'][], p = project, comments: ReadRows['comments'][] = []): ProjectSnapshot => ({
  project: p,
  tasks,
  comments,
});

describe('diffSnapshots', () => {
  it('finds nothing between equal points', () => {
    expect(diffSnapshots(snapshot([task()]), snapshot([task()]))).toEqual({ project: [], tasks: [] });
  });

  it('tells added and removed tasks, a deleted task counting as removed', () => {
    const diff = diffSnapshots(
      snapshot([task()]),
      snapshot([task({ deleted: true }), task({ id: 't2', number: 2, title: 'New' })]),
    );
    expect(diff.tasks).toEqual([
      { taskId: 't1', ref: 'WEB-1', title: 'Write copy', change: 'removed', fields: [], comments: [] },
      {
        taskId: 't2',
        ref: 'WEB-2',
        title: 'New',
        change: 'added',
        fields: [{ field: 'status', before: null, after: 'Todo' }],
        comments: [],
      },
    ]);
  });

  it('tells every changed field of a task, with status names', () => {
    const after = task({
      statusId: 's2',
      title: 'Write the copy',
      assigneeId: 'u2',
      priority: 'high',
      dueOn: '2026-12-01',
      labels: ['docs'],
      commentCount: 2,
    });
    const [change] = diffSnapshots(snapshot([task()]), snapshot([after])).tasks;
    expect(change?.change).toBe('changed');
    expect(change?.fields).toEqual([
      { field: 'status', before: 'Todo', after: 'Done' },
      { field: 'title', before: 'Write copy', after: 'Write the copy' },
      { field: 'assigneeId', before: null, after: 'u2' },
      { field: 'priority', before: 'none', after: 'high' },
      { field: 'dueOn', before: null, after: '2026-12-01' },
      { field: 'labels', before: [], after: ['docs'] },
      { field: 'comments', before: 0, after: 2 },
    ]);
  });

  it('tells a move within a column apart from a move between columns', () => {
    expect(diffSnapshots(snapshot([task()]), snapshot([task({ rank: 'Zz' })])).tasks[0]?.fields).toEqual([
      { field: 'place', before: 'a0', after: 'Zz' },
    ]);
  });

  it('tells project changes: name, archive, workflow', () => {
    const renamed = {
      ...project,
      name: 'Site',
      archived: true,
      statuses: [...project.statuses, { id: 's3', name: 'Review', category: 'started' as const }],
    };
    expect(diffSnapshots(snapshot([]), snapshot([], renamed)).project).toEqual([
      { field: 'name', before: 'Website', after: 'Site' },
      { field: 'archived', before: false, after: true },
      { field: 'workflow', before: ['Todo', 'Done'], after: ['Todo', 'Done', 'Review'] },
    ]);
    expect(diffSnapshots({ project: undefined, tasks: [], comments: [] }, snapshot([])).project).toEqual([
      { field: 'created', before: null, after: 'Website' },
    ]);
  });

  it('tells the words of comments edited in between, not those written in between', () => {
    const comment = (id: string, body: string, minute: number): ReadRows['comments'] => ({
      id,
      taskId: 't1',
      projectId: 'p1',
      authorId: 'u1',
      body,
      createdAt: new Date(at.getTime() + minute * 60_000),
      editedAt: null,
      deleted: false,
    });
    const diff = diffSnapshots(
      snapshot([task({ commentCount: 2 })], project, [comment('c1', 'Looks good', 1), comment('c2', 'Same', 2)]),
      snapshot([task({ commentCount: 3 })], project, [
        comment('c2', 'Same', 2),
        comment('c1', 'Looks good to me', 1),
        comment('c3', 'New one', 3),
      ]),
    );
    expect(diff.tasks[0]?.comments).toEqual([
      { commentId: 'c1', authorId: 'u1', before: 'Looks good', after: 'Looks good to me' },
    ]);
    const [edited] = diffSnapshots(
      snapshot([task()], project, [comment('c1', 'Before', 1)]),
      snapshot([task()], project, [comment('c1', 'After', 1)]),
    ).tasks;
    expect(edited).toMatchObject({ change: 'changed', fields: [], comments: [{ before: 'Before', after: 'After' }] });
  });

  it('orders tasks by their number', () => {
    const many = [10, 2, 1].map((n) => task({ id: `t${n}`, number: n }));
    expect(diffSnapshots(snapshot([]), snapshot(many)).tasks.map((t) => t.ref)).toEqual(['WEB-1', 'WEB-2', 'WEB-10']);
  });
});
