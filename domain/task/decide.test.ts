import { describe, expect, it } from 'vitest';
import { projectDecider, type ProjectEvent, type ProjectState, type Role } from '../project';
import { fold, type Decider } from '../shared/decider';
import { specFor } from '../shared/decider-spec';
import { DomainError } from '../shared/errors';
import type { TaskCommand } from './commands';
import type { Priority, TaskEvent } from './events';
import { decideTask } from './decide';
import { evolveTask, initialTaskState, type TaskState } from './state';

/** The task's rules within one project as it stands, as these specs state them (the server decides in-project.ts). */
const taskDeciderIn = (project: ProjectState): Decider<TaskCommand, TaskState, TaskEvent> => ({
  decide: (command, state) => decideTask(command, state, project),
  evolve: evolveTask,
  initialState: initialTaskState,
});

// --- the project the tasks live in -------------------------------------------------------------------------------

const projectCreated = (projectId = 'p1', key = 'WEB'): ProjectEvent => ({
  type: 'ProjectCreated',
  data: {
    projectId,
    key,
    name: 'Website',
    statuses: [
      { id: 's-backlog', name: 'Backlog', category: 'backlog' },
      { id: 's-todo', name: 'Todo', category: 'unstarted' },
      { id: 's-done', name: 'Done', category: 'completed' },
    ],
  },
});
const projectArchived: ProjectEvent = { type: 'ProjectArchived', data: {} };
const projectRestored: ProjectEvent = { type: 'ProjectRestored', data: {} };
const removedStatus = (statusId: string): ProjectEvent => ({ type: 'StatusRemoved', data: { statusId } });

const memberAdded = (userId: string, role: Role): ProjectEvent => ({ type: 'MemberAdded', data: { userId, role } });
const team = [memberAdded('u-ann', 'owner'), memberAdded('u-bob', 'member'), memberAdded('u-vic', 'viewer')];
const web = fold(projectDecider, [projectCreated(), ...team]);
const archivedWeb = fold(projectDecider, [projectCreated(), projectArchived]);
const given = specFor(taskDeciderIn(web));

// --- task events --------------------------------------------------------------------------------------------------

type Created = Extract<TaskEvent, { type: 'TaskCreated' }>['data'];
const created = (overrides: Partial<Created> = {}): TaskEvent => ({
  type: 'TaskCreated',
  data: {
    taskId: 't1',
    projectId: 'p1',
    number: 1,
    title: 'Write the landing page',
    description: '',
    statusId: 's-backlog',
    rank: 'a0',
    priority: 'none',
    assigneeId: null,
    ...overrides,
  },
});
const deleted: TaskEvent = { type: 'TaskDeleted', data: {} };
const restored: TaskEvent = { type: 'TaskRestored', data: {} };
const labeled = (added: string[], removed: string[] = []): TaskEvent => ({
  type: 'TaskLabeled',
  data: { added, removed },
});
const commented = (commentId: string, authorId: string, body: string): TaskEvent => ({
  type: 'CommentAdded',
  data: { commentId, authorId, body },
});
const scheduled = (dueOn: string): TaskEvent => ({ type: 'TaskScheduled', data: { dueOn } });
const assigned = (assigneeId: string): TaskEvent => ({ type: 'TaskAssigned', data: { assigneeId } });

const create = (overrides: Partial<Extract<TaskCommand, { type: 'CreateTask' }>> = {}): TaskCommand => ({
  type: 'CreateTask',
  projectId: 'p1',
  taskId: 't1',
  number: 1,
  title: 'Write the landing page',
  rank: 'a0',
  ...overrides,
});

/** The `field` of the DomainError a command is refused with (the spec helper checks kind and message only). */
function refusedField(history: readonly TaskEvent[], command: TaskCommand): string | undefined {
  const decider = taskDeciderIn(web);
  try {
    decider.decide(command, fold(decider, history));
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  throw new Error('expected the command to be refused');
}

/** One valid command of every type, for the rules that hold for all of them. */
const everyCommandButCreate: TaskCommand[] = [
  { type: 'RenameTask', taskId: 't1', title: 'Other' },
  { type: 'DescribeTask', taskId: 't1', description: 'Some words' },
  { type: 'MoveTask', taskId: 't1', toStatusId: 's-todo', rank: 'a1' },
  { type: 'AssignTask', taskId: 't1', assigneeId: 'u-ann' },
  { type: 'PrioritizeTask', taskId: 't1', priority: 'high' },
  { type: 'ScheduleTask', taskId: 't1', dueOn: '2026-03-01' },
  { type: 'LabelTask', taskId: 't1', add: ['bug'], remove: [] },
  { type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: 'Hello' },
  { type: 'EditComment', taskId: 't1', commentId: 'c0', editorId: 'u-ann', body: 'Edited' },
  { type: 'DeleteComment', taskId: 't1', commentId: 'c0', actorId: 'u-ann', moderator: false },
  { type: 'DeleteTask', taskId: 't1' },
  { type: 'RestoreTask', taskId: 't1' },
];
const withComment = [created(), commented('c0', 'u-ann', 'First')];

describe('in an archived project', () => {
  const givenArchived = specFor(taskDeciderIn(archivedWeb));

  it('CreateTask is refused', () => {
    givenArchived([])
      .when(create())
      .thenThrows('rule_violated', /Project WEB is archived; restore it first/);
  });

  it.each(everyCommandButCreate.map((c) => [c.type, c] as const))('%s is refused', (_, command) => {
    givenArchived(withComment)
      .when(command)
      .thenThrows('rule_violated', /Project WEB is archived/);
  });

  it('RestoreTask is refused on a deleted task too', () => {
    givenArchived([created(), deleted])
      .when({ type: 'RestoreTask', taskId: 't1' })
      .thenThrows('rule_violated', /archived/);
  });

  it('commands are accepted again once the project is restored', () => {
    specFor(taskDeciderIn(fold(projectDecider, [projectCreated(), projectArchived, projectRestored])))([created()])
      .when({ type: 'RenameTask', taskId: 't1', title: 'Other' })
      .then([{ type: 'TaskRenamed', data: { title: 'Other' } }]);
  });
});

describe('in a project that does not exist', () => {
  const givenNoProject = specFor(taskDeciderIn(fold(projectDecider, [])));

  it.each([create(), ...everyCommandButCreate].map((c) => [c.type, c] as const))('%s is refused', (_, command) => {
    givenNoProject(withComment)
      .when(command)
      .thenThrows('not_found', /Project not found/);
  });
});

describe('a task of another project', () => {
  const elsewhere = created({ projectId: 'p2' });

  it.each(everyCommandButCreate.map((c) => [c.type, c] as const))('%s is not found', (_, command) => {
    given([elsewhere, commented('c0', 'u-ann', 'First')])
      .when(command)
      .thenThrows('not_found', /Task not found/);
  });

  it('is not found even through a project with the same key', () => {
    specFor(taskDeciderIn(fold(projectDecider, [projectCreated('p2', 'WEB')])))([created()])
      .when({ type: 'RenameTask', taskId: 't1', title: 'Other' })
      .thenThrows('not_found', /Task not found/);
  });
});

describe('a task that does not exist', () => {
  it.each(everyCommandButCreate.map((c) => [c.type, c] as const))('%s is not found', (_, command) => {
    given([])
      .when(command)
      .thenThrows('not_found', /Task not found/);
  });
});

describe('a deleted task', () => {
  const refused = everyCommandButCreate.filter((c) => c.type !== 'RestoreTask' && c.type !== 'DeleteTask');
  it.each(refused.map((c) => [c.type, c] as const))('%s is refused', (_, command) => {
    given([...withComment, deleted])
      .when(command)
      .thenThrows('rule_violated', /WEB-1 is deleted; restore it first/);
  });

  it('deleting it again changes nothing', () => {
    given([...withComment, deleted])
      .when({ type: 'DeleteTask', taskId: 't1' })
      .then([]);
  });
});

describe('CreateTask', () => {
  it('creates a task in the first status, with defaults', () => {
    given([]).when(create()).then([created()]);
  });

  it('creates a task with every field given, trimming title and description', () => {
    given([])
      .when(
        create({
          taskId: 't7',
          number: 7,
          title: '  Fix the footer ',
          description: ' It overlaps. ',
          statusId: 's-todo',
          rank: 'b5',
          priority: 'urgent',
          assigneeId: 'u-ann',
        }),
      )
      .then([
        created({
          taskId: 't7',
          number: 7,
          title: 'Fix the footer',
          description: 'It overlaps.',
          statusId: 's-todo',
          rank: 'b5',
          priority: 'urgent',
          assigneeId: 'u-ann',
        }),
      ]);
  });

  it('puts the task in the first status of the current order', () => {
    const moved = fold(projectDecider, [
      projectCreated(),
      { type: 'StatusMoved', data: { statusId: 's-done', toIndex: 0 } },
    ]);
    specFor(taskDeciderIn(moved))([])
      .when(create())
      .then([created({ statusId: 's-done' })]);
  });

  it('refuses a status that is not in the workflow', () => {
    given([])
      .when(create({ statusId: 's-nope' }))
      .thenThrows('rule_violated', /Status s-nope is not part of the WEB workflow/);
  });

  it('refuses when the workflow has no status at all', () => {
    const empty = fold(projectDecider, [projectCreated(), ...['s-backlog', 's-todo', 's-done'].map(removedStatus)]);
    specFor(taskDeciderIn(empty))([])
      .when(create())
      .thenThrows('rule_violated', /Project WEB has no status to put a task in/);
  });

  it('refuses an empty or blank title', () => {
    given([])
      .when(create({ title: '  ' }))
      .thenThrows('invalid', /Title must not be empty/);
    expect(refusedField([], create({ title: '' }))).toBe('title');
  });

  it('accepts a title of 200 characters and refuses one of 201', () => {
    given([])
      .when(create({ title: 't'.repeat(200) }))
      .then([created({ title: 't'.repeat(200) })]);
    given([])
      .when(create({ title: 't'.repeat(201) }))
      .thenThrows('invalid', /Title must be at most 200 characters/);
    expect(refusedField([], create({ title: 't'.repeat(201) }))).toBe('title');
  });

  it('refuses a description over 10000 characters', () => {
    given([])
      .when(create({ description: 'd'.repeat(10_001) }))
      .thenThrows('invalid', /Description must be at most 10000 characters/);
    expect(refusedField([], create({ description: 'd'.repeat(10_001) }))).toBe('description');
  });

  it('refuses an empty or too long rank', () => {
    given([])
      .when(create({ rank: '' }))
      .thenThrows('invalid', /Rank must be 1 to 64 characters/);
    given([])
      .when(create({ rank: 'a'.repeat(65) }))
      .thenThrows('invalid', /Rank must be 1 to 64 characters/);
    expect(refusedField([], create({ rank: '' }))).toBe('rank');
  });

  it('refuses an unknown priority', () => {
    given([])
      .when(create({ priority: 'critical' as Priority }))
      .thenThrows('invalid', /Priority must be one of none, low, medium, high, urgent/);
    expect(refusedField([], create({ priority: 'critical' as Priority }))).toBe('priority');
  });

  it('refuses a task that already exists', () => {
    given([created()])
      .when(create())
      .thenThrows('rule_violated', /This task already exists/);
  });

  it('refuses a task that exists, even deleted', () => {
    given([created(), deleted])
      .when(create())
      .thenThrows('rule_violated', /This task already exists/);
  });

  it('refuses an assignee who cannot work on the project', () => {
    given([])
      .when(create({ assigneeId: 'u-vic' }))
      .thenThrows('invalid', /Only owners and members/);
  });
});

describe('RenameTask', () => {
  it('renames with a trimmed title', () => {
    given([created()])
      .when({ type: 'RenameTask', taskId: 't1', title: ' Write the home page ' })
      .then([{ type: 'TaskRenamed', data: { title: 'Write the home page' } }]);
  });

  it('does nothing when the trimmed title is the current one', () => {
    given([created()]).when({ type: 'RenameTask', taskId: 't1', title: '  Write the landing page  ' }).then([]);
  });

  it('refuses an empty or too long title', () => {
    given([created()])
      .when({ type: 'RenameTask', taskId: 't1', title: ' ' })
      .thenThrows('invalid', /Title must not be empty/);
    given([created()])
      .when({ type: 'RenameTask', taskId: 't1', title: 't'.repeat(201) })
      .thenThrows('invalid', /Title must be at most 200 characters/);
    expect(refusedField([created()], { type: 'RenameTask', taskId: 't1', title: '' })).toBe('title');
  });
});

describe('DescribeTask', () => {
  it('sets a trimmed description', () => {
    given([created()])
      .when({ type: 'DescribeTask', taskId: 't1', description: '  Hero, pricing, footer. ' })
      .then([{ type: 'TaskDescribed', data: { description: 'Hero, pricing, footer.' } }]);
  });

  it('clears a description', () => {
    given([created({ description: 'Hero' })])
      .when({ type: 'DescribeTask', taskId: 't1', description: '   ' })
      .then([{ type: 'TaskDescribed', data: { description: '' } }]);
  });

  it('does nothing when the trimmed description is the current one', () => {
    given([created({ description: 'Hero' })])
      .when({ type: 'DescribeTask', taskId: 't1', description: ' Hero ' })
      .then([]);
  });

  it('refuses a description over 10000 characters', () => {
    given([created()])
      .when({ type: 'DescribeTask', taskId: 't1', description: 'd'.repeat(10_001) })
      .thenThrows('invalid', /Description must be at most 10000 characters/);
  });
});

describe('MoveTask', () => {
  it('moves the task to another status of the workflow', () => {
    given([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'b0' })
      .then([{ type: 'TaskMoved', data: { fromStatusId: 's-backlog', toStatusId: 's-done', rank: 'b0' } }]);
  });

  it('reorders the task within its status', () => {
    given([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-backlog', rank: 'a5' })
      .then([{ type: 'TaskMoved', data: { fromStatusId: 's-backlog', toStatusId: 's-backlog', rank: 'a5' } }]);
  });

  it('does nothing when status and rank are the current ones', () => {
    given([created()]).when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-backlog', rank: 'a0' }).then([]);
  });

  it('refuses a status that is not in the workflow', () => {
    given([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-nope', rank: 'a0' })
      .thenThrows('rule_violated', /Status s-nope is not part of the WEB workflow/);
  });

  it('refuses a status that was removed from the workflow', () => {
    const withoutDone = fold(projectDecider, [projectCreated(), removedStatus('s-done')]);
    specFor(taskDeciderIn(withoutDone))([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-done', rank: 'a0' })
      .thenThrows('rule_violated', /not part of the WEB workflow/);
  });

  it('refuses an empty or too long rank', () => {
    given([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-todo', rank: '' })
      .thenThrows('invalid', /Rank must be 1 to 64 characters/);
    given([created()])
      .when({ type: 'MoveTask', taskId: 't1', toStatusId: 's-todo', rank: 'a'.repeat(65) })
      .thenThrows('invalid', /Rank must be 1 to 64 characters/);
  });
});

describe('AssignTask', () => {
  it('assigns an unassigned task', () => {
    given([created()])
      .when({ type: 'AssignTask', taskId: 't1', assigneeId: 'u-ann' })
      .then([assigned('u-ann')]);
  });

  it('reassigns to someone else', () => {
    given([created(), assigned('u-ann')])
      .when({ type: 'AssignTask', taskId: 't1', assigneeId: 'u-bob' })
      .then([assigned('u-bob')]);
  });

  it('unassigns, naming the previous assignee', () => {
    given([created(), assigned('u-ann')])
      .when({ type: 'AssignTask', taskId: 't1', assigneeId: null })
      .then([{ type: 'TaskUnassigned', data: { previousAssigneeId: 'u-ann' } }]);
  });

  it.each([
    ['a viewer', 'u-vic'],
    ['someone outside the project', 'u-zed'],
  ])('refuses to assign %s', (_, assigneeId) => {
    given([created()])
      .when({ type: 'AssignTask', taskId: 't1', assigneeId })
      .thenThrows('invalid', /Only owners and members of the project can be assigned/);
  });

  it('does nothing when assigning the same person', () => {
    given([created({ assigneeId: 'u-ann' })])
      .when({ type: 'AssignTask', taskId: 't1', assigneeId: 'u-ann' })
      .then([]);
  });

  it('does nothing when unassigning an unassigned task', () => {
    given([created()]).when({ type: 'AssignTask', taskId: 't1', assigneeId: null }).then([]);
  });
});

describe('PrioritizeTask', () => {
  it('sets a priority', () => {
    given([created()])
      .when({ type: 'PrioritizeTask', taskId: 't1', priority: 'high' })
      .then([{ type: 'TaskPrioritized', data: { priority: 'high' } }]);
  });

  it('does nothing for the current priority', () => {
    given([created({ priority: 'low' })])
      .when({ type: 'PrioritizeTask', taskId: 't1', priority: 'low' })
      .then([]);
  });

  it('refuses an unknown priority', () => {
    given([created()])
      .when({ type: 'PrioritizeTask', taskId: 't1', priority: 'HIGH' as Priority })
      .thenThrows('invalid', /Priority must be one of/);
    expect(refusedField([created()], { type: 'PrioritizeTask', taskId: 't1', priority: 'HIGH' as Priority })).toBe(
      'priority',
    );
  });
});

describe('ScheduleTask', () => {
  it('schedules a due date', () => {
    given([created()])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn: '2026-02-28' })
      .then([scheduled('2026-02-28')]);
  });

  it('accepts 29 February in a leap year', () => {
    given([created()])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn: '2028-02-29' })
      .then([scheduled('2028-02-29')]);
  });

  it.each(['0001-01-01', '0099-12-31', '0004-02-29', '2000-02-29', '9999-12-31'])(
    'accepts a day of any year from 1 to 9999: %s',
    (dueOn) => {
      given([created()])
        .when({ type: 'ScheduleTask', taskId: 't1', dueOn })
        .then([scheduled(dueOn)]);
    },
  );

  it('reschedules to another date', () => {
    given([created(), scheduled('2026-02-28')])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn: '2026-03-01' })
      .then([scheduled('2026-03-01')]);
  });

  it('unschedules a scheduled task', () => {
    given([created(), scheduled('2026-02-28')])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn: null })
      .then([{ type: 'TaskUnscheduled', data: {} }]);
  });

  it('does nothing for the current due date', () => {
    given([created(), scheduled('2026-02-28')])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn: '2026-02-28' })
      .then([]);
  });

  it('does nothing when unscheduling an unscheduled task', () => {
    given([created()]).when({ type: 'ScheduleTask', taskId: 't1', dueOn: null }).then([]);
  });

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['29 February outside a leap year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['no zero padding', '2026-3-1'],
    ['a time', '2026-03-01T10:00'],
    ['another format', '01/03/2026'],
    ['an empty string', ''],
    ['year 0, which the calendar lacks', '0000-01-01'],
    ['29 February of a century outside a leap year', '0100-02-29'],
    ['a year of five digits', '10000-01-01'],
  ])('refuses %s', (_, dueOn) => {
    given([created()])
      .when({ type: 'ScheduleTask', taskId: 't1', dueOn })
      .thenThrows('invalid', /Due date must be a real day as YYYY-MM-DD/);
    expect(refusedField([created()], { type: 'ScheduleTask', taskId: 't1', dueOn })).toBe('dueOn');
  });
});

describe('LabelTask', () => {
  const label = (add: string[], remove: string[] = []): TaskCommand => ({
    type: 'LabelTask',
    taskId: 't1',
    add,
    remove,
  });
  const tenLabels = Array.from({ length: 10 }, (_, i) => `l${i}`);

  it('adds labels', () => {
    given([created()])
      .when(label(['bug', 'ui']))
      .then([labeled(['bug', 'ui'])]);
  });

  it('normalises labels: trimmed, lowercased, inner spaces to one dash', () => {
    given([created()])
      .when(label(['  Needs   Review ', 'UI\tPolish']))
      .then([labeled(['needs-review', 'ui-polish'])]);
  });

  it('adds a label once however it is spelled', () => {
    given([created()])
      .when(label(['Bug', 'bug', ' BUG ']))
      .then([labeled(['bug'])]);
  });

  it('removes labels, normalising them the same way', () => {
    given([created(), labeled(['bug', 'needs-review'])])
      .when(label([], ['Needs Review']))
      .then([labeled([], ['needs-review'])]);
  });

  it('adds and removes in one go, leaving out what changes nothing', () => {
    given([created(), labeled(['bug', 'ui'])])
      .when(label(['bug', 'docs'], ['ui', 'absent']))
      .then([labeled(['docs'], ['ui'])]);
  });

  it('refuses a label that is both added and removed, whatever the task has', () => {
    given([created()])
      .when(label(['bug'], ['bug']))
      .thenThrows('invalid', /added and removed at once/);
    given([created(), labeled(['bug'])])
      .when(label(['Bug'], ['bug']))
      .thenThrows('invalid', /added and removed at once/);
  });

  it('does nothing when adding labels the task has', () => {
    given([created(), labeled(['bug'])])
      .when(label(['Bug']))
      .then([]);
  });

  it('does nothing when removing labels the task does not have', () => {
    given([created(), labeled(['bug'])])
      .when(label([], ['ui']))
      .then([]);
  });

  it('does nothing when both lists are empty', () => {
    given([created()]).when(label([], [])).then([]);
  });

  it('accepts a 10th label', () => {
    given([created(), labeled(tenLabels.slice(0, 9))])
      .when(label(['l9']))
      .then([labeled(['l9'])]);
  });

  it('refuses an 11th label', () => {
    given([created(), labeled(tenLabels)])
      .when(label(['l10']))
      .thenThrows('rule_violated', /A task has at most 10 labels/);
  });

  it('refuses 11 labels at once', () => {
    given([created()])
      .when(label([...tenLabels, 'l10']))
      .thenThrows('rule_violated', /at most 10 labels/);
  });

  it('counts removals before the limit', () => {
    given([created(), labeled(tenLabels)])
      .when(label(['l10'], ['l0']))
      .then([labeled(['l10'], ['l0'])]);
  });

  it('refuses a blank label', () => {
    given([created()])
      .when(label(['  ']))
      .thenThrows('invalid', /Label must not be empty/);
    expect(refusedField([created()], label(['']))).toBe('label');
  });

  it('accepts a label of 30 characters and refuses one of 31', () => {
    given([created()])
      .when(label(['x'.repeat(30)]))
      .then([labeled(['x'.repeat(30)])]);
    given([created()])
      .when(label(['x'.repeat(31)]))
      .thenThrows('invalid', /Label must be at most 30 characters/);
    expect(refusedField([created()], label([], ['x'.repeat(31)]))).toBe('label');
  });
});

describe('CommentOnTask', () => {
  it('adds a comment with a trimmed body', () => {
    given([created()])
      .when({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: '  Looks good. ' })
      .then([commented('c1', 'u-ann', 'Looks good.')]);
  });

  it('refuses a comment id that is already used', () => {
    given([created(), commented('c1', 'u-ann', 'First')])
      .when({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-bob', body: 'Second' })
      .thenThrows('rule_violated', /That comment already exists/);
  });

  it('refuses an empty body', () => {
    given([created()])
      .when({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: ' ' })
      .thenThrows('invalid', /Comment must not be empty/);
    expect(
      refusedField([created()], { type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: '' }),
    ).toBe('comment');
  });

  it('accepts a body of 5000 characters and refuses one of 5001', () => {
    given([created()])
      .when({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: 'b'.repeat(5000) })
      .then([commented('c1', 'u-ann', 'b'.repeat(5000))]);
    given([created()])
      .when({ type: 'CommentOnTask', taskId: 't1', commentId: 'c1', authorId: 'u-ann', body: 'b'.repeat(5001) })
      .thenThrows('invalid', /Comment must be at most 5000 characters/);
  });
});

describe('EditComment', () => {
  const history = [created(), commented('c1', 'u-ann', 'Looks good.')];

  it('lets the author edit, with a trimmed body', () => {
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-ann', body: ' Looks great. ' })
      .then([{ type: 'CommentEdited', data: { commentId: 'c1', body: 'Looks great.' } }]);
  });

  it('does nothing when the trimmed body is the current one', () => {
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-ann', body: ' Looks good.  ' })
      .then([]);
  });

  it('forbids anyone but the author', () => {
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-bob', body: 'Hijacked' })
      .thenThrows('forbidden', /Only its author can edit a comment/);
  });

  it('refuses a comment that does not exist', () => {
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c2', editorId: 'u-ann', body: 'Edited' })
      .thenThrows('not_found', /Comment not found/);
  });

  it('refuses an empty or too long body', () => {
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-ann', body: '' })
      .thenThrows('invalid', /Comment must not be empty/);
    given(history)
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c1', editorId: 'u-ann', body: 'b'.repeat(5001) })
      .thenThrows('invalid', /Comment must be at most 5000 characters/);
  });
});

describe('DeleteTask', () => {
  it('deletes an active task', () => {
    given([created()]).when({ type: 'DeleteTask', taskId: 't1' }).then([deleted]);
  });

  it('deletes again after a restore', () => {
    given([created(), deleted, restored]).when({ type: 'DeleteTask', taskId: 't1' }).then([deleted]);
  });
});

describe('RestoreTask', () => {
  it('puts a task whose status was removed while it was deleted at the end of the first status', () => {
    const withoutTodo = fold(projectDecider, [projectCreated(), ...team, removedStatus('s-todo')]);
    specFor(taskDeciderIn(withoutTodo))([created({ statusId: 's-todo' }), deleted])
      .when({ type: 'RestoreTask', taskId: 't1', rank: 'b0' })
      .then([restored, { type: 'TaskMoved', data: { fromStatusId: 's-todo', toStatusId: 's-backlog', rank: 'b0' } }]);
  });

  it('restores a deleted task', () => {
    given([created(), deleted]).when({ type: 'RestoreTask', taskId: 't1' }).then([restored]);
  });

  it('does nothing on an active task', () => {
    given([created()]).when({ type: 'RestoreTask', taskId: 't1' }).then([]);
  });

  it('makes the task accept commands again', () => {
    given([created(), deleted, restored])
      .when({ type: 'RenameTask', taskId: 't1', title: 'Other' })
      .then([{ type: 'TaskRenamed', data: { title: 'Other' } }]);
  });
});

describe('evolveTask', () => {
  const stateAfter = (events: readonly TaskEvent[]) => fold(taskDeciderIn(web), events);
  const labelsAfter = (events: readonly TaskEvent[]) => {
    const state = stateAfter(events);
    return state.status === 'none' ? undefined : state.labels;
  };

  it('starts an active task, unscheduled, with no labels or comments', () => {
    expect(stateAfter([created()])).toEqual({
      status: 'active',
      id: 't1',
      projectId: 'p1',
      number: 1,
      title: 'Write the landing page',
      description: '',
      statusId: 's-backlog',
      rank: 'a0',
      priority: 'none',
      assigneeId: null,
      dueOn: null,
      labels: [],
      comments: {},
    });
  });

  it('ignores events before the task is created', () => {
    expect(stateAfter([deleted, labeled(['bug'])])).toEqual({ status: 'none' });
  });

  it('TaskLabeled adds after the existing labels and removes', () => {
    expect(labelsAfter([created(), labeled(['bug', 'ui'])])).toEqual(['bug', 'ui']);
    expect(labelsAfter([created(), labeled(['bug', 'ui']), labeled(['docs'], ['bug'])])).toEqual(['ui', 'docs']);
  });

  it('TaskLabeled never duplicates a label', () => {
    expect(labelsAfter([created(), labeled(['bug']), labeled(['bug'])])).toEqual(['bug']);
  });

  it('TaskMoved sets status and rank', () => {
    const state = stateAfter([
      created(),
      { type: 'TaskMoved', data: { fromStatusId: 's-backlog', toStatusId: 's-done', rank: 'b0' } },
    ]);
    expect(state.status !== 'none' && [state.statusId, state.rank]).toEqual(['s-done', 'b0']);
  });

  it('assigns, unassigns, schedules and unschedules', () => {
    const a = stateAfter([created(), assigned('u-ann'), scheduled('2026-02-28')]);
    expect(a.status !== 'none' && [a.assigneeId, a.dueOn]).toEqual(['u-ann', '2026-02-28']);
    const b = stateAfter([
      created(),
      assigned('u-ann'),
      scheduled('2026-02-28'),
      { type: 'TaskUnassigned', data: { previousAssigneeId: 'u-ann' } },
      { type: 'TaskUnscheduled', data: {} },
    ]);
    expect(b.status !== 'none' && [b.assigneeId, b.dueOn]).toEqual([null, null]);
  });

  it('CommentEdited changes the body and keeps the author', () => {
    const state = stateAfter([
      created(),
      commented('c1', 'u-ann', 'First'),
      { type: 'CommentEdited', data: { commentId: 'c1', body: 'Edited' } },
    ]);
    expect(state.status !== 'none' && state.comments).toEqual({
      c1: { authorId: 'u-ann', body: 'Edited', deleted: false },
    });
  });

  it('deletes and restores', () => {
    expect(stateAfter([created(), deleted]).status).toBe('deleted');
    expect(stateAfter([created(), deleted, restored]).status).toBe('active');
  });
});

describe('DeleteComment', () => {
  const remove = (actorId: string, moderator = false): TaskCommand => ({
    type: 'DeleteComment',
    taskId: 't1',
    commentId: 'c0',
    actorId,
    moderator,
  });
  const commentDeleted: TaskEvent = { type: 'CommentDeleted', data: { commentId: 'c0' } };

  it('deletes a comment for its author', () => {
    given(withComment).when(remove('u-ann')).then([commentDeleted]);
  });
  it('deletes a comment for a moderator who did not write it', () => {
    given(withComment).when(remove('u-bob', true)).then([commentDeleted]);
  });
  it('refuses anyone else', () => {
    given(withComment)
      .when(remove('u-bob'))
      .thenThrows('forbidden', /Only its author or an owner/);
  });
  it('changes nothing on a comment already deleted', () => {
    given([...withComment, commentDeleted])
      .when(remove('u-ann'))
      .then([]);
  });
  it('refuses a comment the task does not have', () => {
    given([created()])
      .when(remove('u-ann'))
      .thenThrows('not_found', /Comment not found/);
  });
  it('keeps a deleted comment from being edited', () => {
    given([...withComment, commentDeleted])
      .when({ type: 'EditComment', taskId: 't1', commentId: 'c0', editorId: 'u-ann', body: 'Again' })
      .thenThrows('rule_violated', /deleted/);
  });
  it('is taken back by RestoreComment', () => {
    given([...withComment, commentDeleted])
      .when({ type: 'RestoreComment', taskId: 't1', commentId: 'c0' })
      .then([{ type: 'CommentRestored', data: { commentId: 'c0' } }]);
    given(withComment).when({ type: 'RestoreComment', taskId: 't1', commentId: 'c0' }).then([]);
  });
});
