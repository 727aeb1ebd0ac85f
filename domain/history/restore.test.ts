import { describe, expect, it } from 'vitest';
import type { ProjectCommand } from '../project';
import type { TaskInProjectCommand } from '../task/in-project';
import { decideSteps, type Board, type Step } from './board';
import { planFork } from './fork';
import { planRestore } from './restore';
import { empty } from './test-board';

/** Omit over each member of a union of commands. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
const task = (taskId: string, command: Without<TaskInProjectCommand, 'taskId'>): Step => ({
  taskId,
  command: { ...command, taskId },
});
const project = (command: Without<ProjectCommand, 'projectId'>): Step =>
  ({ command: { ...command, projectId: 'p1' } }) as Step;
const create = (taskId: string, title: string, rank: string): Step =>
  task(taskId, { type: 'CreateTask', projectId: 'p1', title, rank });
const run = (board: Board, steps: Step[]) => decideSteps(steps, board).board;

/** A board at some point T, and a later one where almost everything about it changed. */
const past = run(empty, [
  project({ type: 'AddStatus', statusId: 's-qa', name: 'QA', category: 'started' }),
  project({ type: 'CreateLabel', labelId: 'l-web', name: 'web', colour: 'teal' }),
  project({ type: 'CreateLabel', labelId: 'l-old', name: 'old', colour: 'red' }),
  project({ type: 'DeleteLabel', labelId: 'l-old' }),
  create('t1', 'Landing page', 'a0'),
  create('t2', 'Pricing', 'a1'),
  create('t3', 'Sign-up', 'a2'),
  task('t1', { type: 'LabelTask', add: ['web', 'ui'], remove: [] }),
  task('t2', { type: 'MoveTask', toStatusId: 's-qa', rank: 'a0' }),
  task('t2', { type: 'AssignTask', assigneeId: 'u-bob' }),
  task('t3', { type: 'DeleteTask' }),
  task('t1', { type: 'CommentOnTask', commentId: 'c1', authorId: 'u-bob', body: 'First' }),
]);
const later = run(past, [
  task('t1', { type: 'RenameTask', title: 'Home page' }),
  task('t1', { type: 'DescribeTask', description: 'Hero, then footer' }),
  task('t1', { type: 'LabelTask', add: [], remove: ['web'] }),
  task('t1', { type: 'LabelTask', add: ['web'], remove: [] }),
  task('t1', { type: 'ScheduleTask', dueOn: '2026-12-24' }),
  task('t1', { type: 'PrioritizeTask', priority: 'high' }),
  task('t1', { type: 'CommentOnTask', commentId: 'c2', authorId: 'u-ann', body: 'Second' }),
  task('t2', { type: 'MoveTask', toStatusId: 's-done', rank: 'b0' }),
  task('t2', { type: 'AssignTask', assigneeId: null }),
  task('t3', { type: 'RestoreTask' }),
  create('t4', 'Blog', 'a3'),
  project({ type: 'RemoveStatus', statusId: 's-qa', tasksInStatus: 0 }),
  project({ type: 'RenameStatus', statusId: 's-doing', name: 'In progress' }),
  project({ type: 'ChangeStatusCategory', statusId: 's-doing', category: 'completed' }),
  project({ type: 'AddStatus', statusId: 's-review', name: 'Review', category: 'started' }),
  project({ type: 'MoveStatus', statusId: 's-done', toIndex: 0 }),
  task('t4', { type: 'MoveTask', toStatusId: 's-review', rank: 'a0' }),
]);
const position = 42;
const at = '2026-11-20T14:02:00.000Z';

describe('restoring the board to a point', () => {
  const restored = decideSteps(planRestore(later, past, { position, at, taskId: null }), later);

  it('takes the workflow back: statuses added back with their ids, renamed back, given their category back, reordered; later ones removed', () => {
    // Task numbers are never handed out again: the one given since stays taken.
    const lastTaskNumber = later.project.status === 'none' ? 0 : later.project.lastTaskNumber;
    expect(restored.board.project).toEqual({ ...past.project, lastTaskNumber });
  });

  it('takes every task back to its fields and place, restores those deleted since and deletes those created since', () => {
    const comparable = (board: Board) =>
      Object.fromEntries(
        Object.entries(board.tasks).map(([id, t]) => [id, t.status === 'none' ? t : { ...t, comments: {} }]),
      );
    expect(comparable(restored.board)).toEqual({
      ...comparable(past),
      t4: { ...comparable(later).t4, status: 'deleted' },
    });
  });

  it('never removes a comment', () => {
    const t1 = restored.board.tasks['t1'];
    expect(t1?.status === 'active' && Object.keys(t1.comments)).toEqual(['c1', 'c2']);
  });

  it('ends with the mark that counts its changes', () => {
    const last = restored.events.at(-1)!;
    expect(last).toEqual({
      taskId: null,
      event: { type: 'BoardRestored', data: { position, at, taskId: null, changes: restored.events.length - 1 } },
    });
  });

  it('changes nothing, not even a mark, when the board already is as it was', () => {
    expect(decideSteps(planRestore(past, past, { position, at, taskId: null }), past).events).toEqual([]);
  });

  it('is refused whole on an archived project', () => {
    const archived = run(later, [project({ type: 'ArchiveProject' })]);
    expect(() => decideSteps(planRestore(archived, past, { position, at, taskId: null }), archived)).toThrow(
      /Project WEB is archived; restore it first/,
    );
  });
});

describe('restoring one task to a point', () => {
  const only = (board: Board, taskId: string): Board => ({ ...board, tasks: { [taskId]: board.tasks[taskId]! } });

  it('takes the task back and nothing else', () => {
    const restored = decideSteps(
      planRestore(only(later, 't1'), only(past, 't1'), { position, at, taskId: 't1' }),
      later,
    );
    const t1 = restored.board.tasks['t1'];
    expect(t1).toEqual({ ...past.tasks['t1'], comments: t1?.status === 'active' ? t1.comments : {} });
    expect(restored.board.tasks['t2']).toEqual(later.tasks['t2']);
    expect(restored.board.project).toEqual(later.project);
    expect(restored.events.at(-1)?.event).toEqual({
      type: 'BoardRestored',
      data: { position, at, taskId: 't1', changes: restored.events.length - 1 },
    });
  });

  it('is refused when the task did not exist yet', () => {
    expect(() => planRestore(only(later, 't4'), { ...past, tasks: {} }, { position, at, taskId: 't4' })).toThrow(
      'WEB-4 did not exist yet at that point',
    );
  });

  it('is refused when its status of then is gone, pointing to the board restore', () => {
    expect(() => planRestore(only(later, 't2'), only(past, 't2'), { position, at, taskId: 't2' })).toThrow(
      /restore the whole board instead/,
    );
  });
});

describe('forking a project from a point', () => {
  const ids = {
    projectId: 'p2',
    statuses: Object.fromEntries(
      past.project.status === 'none' ? [] : past.project.statuses.map((s) => [s.id, `f-${s.id}`]),
    ),
    labels: { 'l-web': 'f-l-web' },
    tasks: { t1: 'f-t1', t2: 'f-t2', t3: 'f-t3' },
    comments: { c1: 'f-c1' },
  };
  const fork = decideSteps(planFork(past, { key: 'FORK', name: 'Website fork', ownerId: 'u-ann', position, at }, ids), {
    project: { status: 'none' },
    tasks: {},
  });

  it('starts with the event naming its source and the point, then creates the project with its one owner', () => {
    expect(fork.events.slice(0, 3).map((e) => e.event)).toEqual([
      { type: 'ProjectForked', data: { sourceProjectId: 'p1', sourceKey: 'WEB', position, at } },
      expect.objectContaining({ type: 'ProjectCreated' }),
      { type: 'MemberAdded', data: { userId: 'u-ann', role: 'owner' } },
    ]);
    expect(fork.board.project.status === 'active' && fork.board.project.members).toEqual({ 'u-ann': 'owner' });
  });

  it('has the workflow and the tasks of the source then: numbers, fields, places, labels, comments, deletions', () => {
    const source = past.project.status === 'none' ? undefined : past.project;
    const forked = fork.board.project.status === 'none' ? undefined : fork.board.project;
    expect(forked?.statuses).toEqual(source?.statuses.map((s) => ({ ...s, id: `f-${s.id}` })));
    expect(forked?.lastTaskNumber).toBe(source?.lastTaskNumber);
    // The labels of then, with their colours; one deleted by then is not there.
    expect(forked?.labels).toEqual({ 'f-l-web': { name: 'web', colour: 'teal' } });
    for (const [id, t] of Object.entries(past.tasks)) {
      if (t.status === 'none') continue;
      const comments = Object.fromEntries(Object.entries(t.comments).map(([c, v]) => [`f-${c}`, v]));
      // Bob is not a member of the fork: his task is not assigned there.
      const assigneeId = t.assigneeId === 'u-ann' ? 'u-ann' : null;
      expect(fork.board.tasks[`f-${id}`]).toEqual({
        ...t,
        id: `f-${id}`,
        projectId: 'p2',
        statusId: `f-${t.statusId}`,
        assigneeId,
        comments,
      });
    }
  });
});
