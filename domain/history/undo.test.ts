import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import type { ProjectCommand } from '../project';
import type { TaskInProjectCommand } from '../task/in-project';
import { decideSteps, evolveBoard, type Board, type BoardEvent, type Step } from './board';
import { empty, statuses } from './test-board';
import { planStatusRemoval } from './remove-status';
import { undoAct, type Undoer } from './undo';

const ann: Undoer = { actorId: 'u-ann', owner: true };
const bob: Undoer = { actorId: 'u-bob', owner: false };
const statusName = (id: string) => statuses.find((s) => s.id === id)?.name ?? id;

const onTask = (command: TaskInProjectCommand): Step => ({ taskId: 't1', command });
const onProject = (command: ProjectCommand): Step => ({ command });
const create: Step = onTask({ type: 'CreateTask', projectId: 'p1', taskId: 't1', title: 'Landing page', rank: 'a0' });

/** An act's events as the log gives them to undo: with the command that recorded them and their positions. */
const recorded = (events: readonly BoardEvent[]) => ({
  commandId: 'cmd-1',
  events: events.map((event, i) => ({ ...event, position: 100 + i })),
});
const markOf = (events: readonly BoardEvent[]): Step => ({
  command: { type: 'MarkUndone', commandId: 'cmd-1', positions: events.map((_, i) => 100 + i) },
});

/** The board after some steps, and the events each act recorded. */
function act(board: Board, steps: readonly Step[]): { board: Board; events: BoardEvent[] } {
  return decideSteps(steps, board);
}
function given(...acts: Step[][]): Board {
  return acts.reduce((board, steps) => act(board, steps).board, empty);
}
/** Undo the act `steps` done on `before`: its undo decided, and the board it leaves. */
function undone(before: Board, steps: readonly Step[], undoer: Undoer = ann) {
  const done = act(before, steps);
  expect(done.events.length, 'the act to undo changes something').toBeGreaterThan(0);
  const undo = undoAct(before, recorded(done.events), done.board, { undoer, statusName });
  return { done, undo, after: decideSteps(undo, done.board) };
}

const commentOf = (body: string): Step =>
  onTask({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-bob', body });

describe('undo of a task command, checked by folding: the state is the state before it', () => {
  const created = given([create]);
  const withComment = given([create], [commentOf('First')]);
  const cases: [string, Board, Step[]][] = [
    ['TaskRenamed', created, [onTask({ type: 'RenameTask', taskId: 't1', title: 'Home page' })]],
    ['TaskDescribed', created, [onTask({ type: 'DescribeTask', taskId: 't1', description: 'Hero and footer' })]],
    ['TaskMoved', created, [onTask({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'b0' })]],
    ['TaskAssigned', created, [onTask({ type: 'AssignTask', taskId: 't1', assigneeId: 'u-bob' })]],
    [
      'TaskUnassigned',
      given([create], [onTask({ type: 'AssignTask', taskId: 't1', assigneeId: 'u-bob' })]),
      [onTask({ type: 'AssignTask', taskId: 't1', assigneeId: null })],
    ],
    ['TaskPrioritized', created, [onTask({ type: 'PrioritizeTask', taskId: 't1', priority: 'urgent' })]],
    ['TaskScheduled', created, [onTask({ type: 'ScheduleTask', taskId: 't1', dueOn: '2026-12-24' })]],
    [
      'TaskUnscheduled',
      given([create], [onTask({ type: 'ScheduleTask', taskId: 't1', dueOn: '2026-12-24' })]),
      [onTask({ type: 'ScheduleTask', taskId: 't1', dueOn: null })],
    ],
    [
      'TaskLabeled',
      given([create], [onTask({ type: 'LabelTask', taskId: 't1', add: ['ui', 'web'], remove: [] })]),
      [onTask({ type: 'LabelTask', taskId: 't1', add: ['bug'], remove: ['ui'] })],
    ],
    [
      'CommentEdited',
      withComment,
      [onTask({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-bob', body: 'Edited' })],
    ],
    [
      'CommentDeleted',
      withComment,
      [onTask({ type: 'DeleteComment', taskId: 't1', commentId: 'c1', actorId: 'u-bob', moderator: false })],
    ],
    ['TaskDeleted', created, [onTask({ type: 'DeleteTask', taskId: 't1' })]],
    [
      'TaskRestored',
      given([create], [onTask({ type: 'DeleteTask', taskId: 't1' })]),
      [onTask({ type: 'RestoreTask', taskId: 't1' })],
    ],
  ];

  it.each(cases)('%s', (type, before, steps) => {
    const { done, after } = undone(before, steps, bob);
    expect(done.events.map((e) => e.event.type)).toContain(type);
    expect(after.board).toEqual(before);
  });

  it('CommentRestored (the redo of a deletion undone)', () => {
    const deleted = act(withComment, [
      onTask({ type: 'DeleteComment', taskId: 't1', commentId: 'c1', actorId: 'u-bob', moderator: false }),
    ]).board;
    const restore: Step[] = [onTask({ type: 'RestoreComment', taskId: 't1', commentId: 'c1' })];
    const { done, after } = undone(deleted, restore, bob);
    expect(done.events.map((e) => e.event.type)).toEqual(['CommentRestored']);
    expect(after.board).toEqual(deleted);
  });

  it('TaskCreated: the task is deleted (it keeps its number, which is never handed out again)', () => {
    const { done, undo, after } = undone(empty, [create]);
    expect(undo).toEqual([{ taskId: 't1', command: { type: 'DeleteTask', taskId: 't1' } }, markOf(done.events)]);
    const task = after.board.tasks['t1'];
    expect(task?.status).toBe('deleted');
    expect(after.board.project).toEqual(act(empty, [create]).board.project);
  });

  it('CommentAdded: the comment is deleted (the thread keeps its place, "comment deleted")', () => {
    const { after } = undone(created, [commentOf('Looks good')], bob);
    const task = after.board.tasks['t1'];
    expect(task?.status === 'active' && task.comments).toEqual({
      c1: { authorId: 'u-bob', body: 'Looks good', deleted: true },
    });
    expect({ ...after.board, tasks: {} }).toEqual({ ...created, tasks: {} });
  });

  it('puts a moved card back in its old place: its status and its rank', () => {
    const { done, undo } = undone(created, [
      onTask({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'b0' }),
    ]);
    expect(undo).toEqual([
      onTask({ type: 'MoveTask', taskId: 't1', toStatusId: 's-todo', rank: 'a0' }),
      markOf(done.events),
    ]);
  });
});

describe('undo of a project command, checked by folding', () => {
  const cases: [string, Board, Step[]][] = [
    ['ProjectRenamed', empty, [onProject({ type: 'RenameProject', projectId: 'p1', name: 'Site' })]],
    ['ProjectArchived', empty, [onProject({ type: 'ArchiveProject', projectId: 'p1' })]],
    [
      'ProjectRestored',
      given([onProject({ type: 'ArchiveProject', projectId: 'p1' })]),
      [onProject({ type: 'RestoreProject', projectId: 'p1' })],
    ],
    ['StatusAdded', empty, [onProject({ type: 'AddStatus', projectId: 'p1', statusId: 's-qa', name: 'QA' })]],
    ['StatusRenamed', empty, [onProject({ type: 'RenameStatus', projectId: 'p1', statusId: 's-doing', name: 'WIP' })]],
    ['StatusMoved', empty, [onProject({ type: 'MoveStatus', projectId: 'p1', statusId: 's-todo', toIndex: 2 })]],
    [
      'StatusRemoved',
      empty,
      [onProject({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 0 })],
    ],
    [
      'StatusCategoryChanged',
      empty,
      [onProject({ type: 'ChangeStatusCategory', projectId: 'p1', statusId: 's-doing', category: 'completed' })],
    ],
    [
      'PointNamed',
      empty,
      [onProject({ type: 'NamePoint', projectId: 'p1', pointId: 'n1', position: 3, name: 'v1', eventOfProject: true })],
    ],
    [
      'PointUnnamed',
      given([
        onProject({ type: 'NamePoint', projectId: 'p1', pointId: 'n1', position: 3, name: 'v1', eventOfProject: true }),
      ]),
      [onProject({ type: 'UnnamePoint', projectId: 'p1', pointId: 'n1' })],
    ],
  ];

  it.each(cases)('%s', (type, before, steps) => {
    const { done, after } = undone(before, steps);
    expect(done.events.map((e) => e.event.type)).toContain(type);
    expect(after.board).toEqual(before);
  });

  it('a removed status comes back with its id, name, category and place', () => {
    const { undo } = undone(empty, [
      onProject({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 0 }),
    ]);
    expect(undo.slice(0, -1).map((s) => s.command)).toEqual([
      { type: 'AddStatus', projectId: 'p1', statusId: 's-doing', name: 'Doing', category: 'started' },
      { type: 'MoveStatus', projectId: 'p1', statusId: 's-doing', toIndex: 1 },
    ]);
  });

  it('a status added is not removed again while tasks are in it', () => {
    const added = onProject({ type: 'AddStatus', projectId: 'p1', statusId: 's-qa', name: 'QA' });
    const done = act(given([create]), [added]);
    const later = act(done.board, [onTask({ type: 'MoveTask', taskId: 't1', toStatusId: 's-qa', rank: 'a0' })]).board;
    const undo = undoAct(given([create]), recorded(done.events), later, { undoer: ann, statusName });
    expect(() => decideSteps(undo, later)).toThrow(/can only be removed when empty: 1 task is still in it/);
  });

  it.each<[string, ProjectCommand]>([
    ['members', { type: 'ChangeMemberRole', projectId: 'p1', userId: 'u-bob', role: 'viewer', actorId: 'u-ann' }],
    [
      'invitations',
      { type: 'InviteMember', projectId: 'p1', email: 'x@y.z', role: 'member', actorId: 'u-ann', invitationId: 'i1' },
    ],
  ])('a change of %s is refused, with where to make it again', (_, command) => {
    const done = act(empty, [onProject(command)]);
    expect(() => undoAct(empty, recorded(done.events), done.board, { undoer: ann, statusName })).toThrow(
      /Cannot undo a change of members or invitations/,
    );
  });
});

describe('undo of a status removed with its tasks moved', () => {
  it('brings the status back and puts each task back in it, where it was', () => {
    const second: Step = {
      taskId: 't2',
      command: { type: 'CreateTask', projectId: 'p1', taskId: 't2', title: 'Pricing', rank: 'a1' },
    };
    const before = given(
      [create, second],
      [onTask({ type: 'MoveTask', taskId: 't1', toStatusId: 's-doing', rank: 'a0' })],
      [{ taskId: 't2', command: { type: 'MoveTask', taskId: 't2', toStatusId: 's-doing', rank: 'a1' } }],
    );
    const removal = { type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 0 } as const;
    const steps = planStatusRemoval(before, { ...removal, moveTasksTo: 's-done' }, (n) => ['b0', 'b1'].slice(0, n));
    const { done, after } = undone(before, steps);
    expect(done.events.map((e) => e.event.type)).toEqual(['TaskMoved', 'TaskMoved', 'StatusRemoved']);
    expect(after.board).toEqual(before);
  });
});

describe('undo refused when the thing changed since', () => {
  const created = given([create]);
  const move = (toStatusId: string, rank: string) => onTask({ type: 'MoveTask', taskId: 't1', toStatusId, rank });

  function refusal(before: Board, steps: Step[], since: Step[]): DomainError {
    const done = act(before, steps);
    const now = act(done.board, since).board;
    try {
      undoAct(before, recorded(done.events), now, { undoer: ann, statusName });
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('expected the undo to be refused');
  }

  it('names where the card is now when someone moved it on', () => {
    const error = refusal(created, [move('s-doing', 'a0')], [move('s-done', 'a0')]);
    expect(error.kind).toBe('rule_violated');
    expect(error.message).toBe('Cannot undo: WEB-1 was moved (it is in Done now) since');
  });

  it('names the new title when someone renamed it', () => {
    const rename = (title: string) => onTask({ type: 'RenameTask', taskId: 't1', title });
    expect(refusal(created, [rename('One')], [rename('Two')]).message).toBe(
      'Cannot undo: WEB-1 was renamed to “Two” since',
    );
  });

  it('allows it when only other fields changed since', () => {
    const done = act(created, [move('s-doing', 'a0')]);
    const now = act(done.board, [onTask({ type: 'RenameTask', taskId: 't1', title: 'Other' })]).board;
    const undo = undoAct(created, recorded(done.events), now, { undoer: ann, statusName });
    const after = decideSteps(undo, now).board;
    expect(after.tasks['t1']).toMatchObject({ statusId: 's-todo', title: 'Other' });
  });

  it('ends with the mark naming the command undone and the positions of its events', () => {
    const { done, undo, after } = undone(created, [move('s-done', 'b0')]);
    expect(undo.at(-1)).toEqual(markOf(done.events));
    expect(after.events.at(-1)?.event).toEqual({
      type: 'ChangeUndone',
      data: { commandId: 'cmd-1', positions: [100] },
    });
  });

  it('the undo of an undo is a redo', () => {
    const done = act(created, [move('s-done', 'b0')]);
    const undo = decideSteps(
      undoAct(created, recorded(done.events), done.board, { undoer: ann, statusName }),
      done.board,
    );
    const redo = undoAct(done.board, recorded(undo.events), undo.board, { undoer: ann, statusName });
    expect(decideSteps(redo, undo.board).board).toEqual(done.board);
  });

  it('undoes an act over several streams newest first (a task moved out of a status, then the status removed)', () => {
    const board = given(
      [create],
      [onProject({ type: 'AddStatus', projectId: 'p1', statusId: 's-qa', name: 'QA' })],
      [move('s-qa', 'a0')],
    );
    const steps = [
      move('s-todo', 'a0'),
      onProject({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-qa', tasksInStatus: 0 }),
    ];
    const done = act(board, steps);
    const undo = undoAct(board, recorded(done.events), done.board, { undoer: ann, statusName });
    expect(decideSteps(undo, done.board).board).toEqual(board);
    expect(done.events.reduce(evolveBoard, board)).toEqual(done.board);
  });
});
