import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider-spec';
import { DomainError } from '../shared/errors';
import type { ProjectCommand } from './commands';
import type { ProjectEvent, WorkflowStatus } from './events';
import { projectDecider } from './index';
import type { Role } from './members';
import { moveStatus } from './state';

const stateAfter = (events: readonly ProjectEvent[]) => fold(projectDecider, events);

const given = specFor(projectDecider);

const workflow: WorkflowStatus[] = [
  { id: 's-backlog', name: 'Backlog', category: 'backlog' },
  { id: 's-todo', name: 'Todo', category: 'unstarted' },
  { id: 's-doing', name: 'In progress', category: 'started' },
  { id: 's-done', name: 'Done', category: 'completed' },
];

const created = (statuses: readonly WorkflowStatus[] = workflow): ProjectEvent => ({
  type: 'ProjectCreated',
  data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses },
});
const archived: ProjectEvent = { type: 'ProjectArchived', data: {} };
const restored: ProjectEvent = { type: 'ProjectRestored', data: {} };
const statusAdded = (statusId: string, name: string): ProjectEvent => ({
  type: 'StatusAdded',
  data: { statusId, name, category: 'started' },
});
const statusMoved = (statusId: string, toIndex: number): ProjectEvent => ({
  type: 'StatusMoved',
  data: { statusId, toIndex },
});
const reserved = (taskId: string, number: number): ProjectEvent => ({
  type: 'TaskNumberReserved',
  data: { taskId, number },
});

const create = (overrides: Partial<Extract<ProjectCommand, { type: 'CreateProject' }>> = {}): ProjectCommand => ({
  type: 'CreateProject',
  projectId: 'p1',
  key: 'WEB',
  name: 'Website',
  statuses: workflow,
  ownerId: 'u-owner',
  ...overrides,
});
const ownerAdded: ProjectEvent = { type: 'MemberAdded', data: { userId: 'u-owner', role: 'owner' } };

/** The `field` of the DomainError a command is refused with (the spec helper checks kind and message only). */
function refusedField(history: readonly ProjectEvent[], command: ProjectCommand): string | undefined {
  try {
    projectDecider.decide(command, fold(projectDecider, history));
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  throw new Error('expected the command to be refused');
}

describe('CreateProject', () => {
  it('refuses two statuses with one id, or a status without an id', () => {
    const twins = [
      { id: 's1', name: 'A' },
      { id: 's1', name: 'B' },
    ];
    given([])
      .when(create({ statuses: twins }))
      .thenThrows('invalid', /its own id/);
    given([])
      .when(create({ statuses: [{ id: '', name: 'A' }] }))
      .thenThrows('invalid', /its own id/);
  });

  it('creates a project with its workflow', () => {
    given([]).when(create()).then([created(), ownerAdded]);
  });

  it('normalises the key: trimmed and upper-cased', () => {
    given([])
      .when(create({ key: ' web ' }))
      .then([
        { type: 'ProjectCreated', data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses: workflow } },
        ownerAdded,
      ]);
  });

  it('accepts keys of 2 and 6 characters with digits after the first letter', () => {
    given([])
      .when(create({ key: 'a1' }))
      .then([
        { type: 'ProjectCreated', data: { projectId: 'p1', key: 'A1', name: 'Website', statuses: workflow } },
        ownerAdded,
      ]);
    given([])
      .when(create({ key: 'abc123' }))
      .then([
        { type: 'ProjectCreated', data: { projectId: 'p1', key: 'ABC123', name: 'Website', statuses: workflow } },
        ownerAdded,
      ]);
  });

  it.each([
    ['empty', ''],
    ['one character', 'W'],
    ['seven characters', 'WEBSITE'],
    ['starting with a digit', '1WEB'],
    ['with a dash', 'WE-B'],
    ['with an inner space', 'W EB'],
  ])('refuses a key %s', (_, key) => {
    given([])
      .when(create({ key }))
      .thenThrows('invalid', /Key must be 2 to 6 letters or digits/);
    expect(refusedField([], create({ key }))).toBe('key');
  });

  it('trims the name', () => {
    given([])
      .when(create({ name: '  Website  ' }))
      .then([created(), ownerAdded]);
  });

  it('refuses an empty or blank name', () => {
    given([])
      .when(create({ name: '   ' }))
      .thenThrows('invalid', /Name must not be empty/);
    expect(refusedField([], create({ name: '' }))).toBe('name');
  });

  it('accepts a name of 80 characters and refuses one of 81', () => {
    const name80 = 'n'.repeat(80);
    given([])
      .when(create({ name: name80 }))
      .then([
        { type: 'ProjectCreated', data: { projectId: 'p1', key: 'WEB', name: name80, statuses: workflow } },
        ownerAdded,
      ]);
    given([])
      .when(create({ name: 'n'.repeat(81) }))
      .thenThrows('invalid', /Name must be at most 80 characters/);
    expect(refusedField([], create({ name: 'n'.repeat(81) }))).toBe('name');
  });

  it('refuses an empty workflow', () => {
    given([])
      .when(create({ statuses: [] }))
      .thenThrows('invalid', /at least one status/);
    expect(refusedField([], create({ statuses: [] }))).toBe('statuses');
  });

  it('trims status names', () => {
    given([])
      .when(create({ statuses: [{ id: 's-todo', name: '  Todo ' }] }))
      .then([created([{ id: 's-todo', name: 'Todo', category: 'started' }]), ownerAdded]);
  });

  it('refuses a blank or too long status name', () => {
    given([])
      .when(create({ statuses: [{ id: 's-todo', name: ' ' }] }))
      .thenThrows('invalid', /Name must not be empty/);
    given([])
      .when(create({ statuses: [{ id: 's-todo', name: 's'.repeat(41) }] }))
      .thenThrows('invalid', /Name must be at most 40 characters/);
  });

  it('refuses two statuses with the same name, ignoring case', () => {
    given([])
      .when(
        create({
          statuses: [
            { id: 's-todo', name: 'Todo' },
            { id: 's-todo-2', name: 'TODO' },
          ],
        }),
      )
      .thenThrows('rule_violated', /already has a status named "Todo"/);
  });

  it('refuses to create a project that already exists', () => {
    given([created()])
      .when(create())
      .thenThrows('rule_violated', /already exists/);
  });
});

describe('RenameProject', () => {
  it('renames with a trimmed name', () => {
    given([created()])
      .when({ type: 'RenameProject', projectId: 'p1', name: '  Web site ' })
      .then([{ type: 'ProjectRenamed', data: { name: 'Web site' } }]);
  });

  it('does nothing when the trimmed name is the current one', () => {
    given([created()]).when({ type: 'RenameProject', projectId: 'p1', name: ' Website ' }).then([]);
  });

  it('refuses an empty or too long name', () => {
    given([created()])
      .when({ type: 'RenameProject', projectId: 'p1', name: '' })
      .thenThrows('invalid', /Name must not be empty/);
    given([created()])
      .when({ type: 'RenameProject', projectId: 'p1', name: 'n'.repeat(81) })
      .thenThrows('invalid', /Name must be at most 80 characters/);
    expect(refusedField([created()], { type: 'RenameProject', projectId: 'p1', name: '' })).toBe('name');
  });

  it('is refused on a project that does not exist', () => {
    given([])
      .when({ type: 'RenameProject', projectId: 'p1', name: 'Website' })
      .thenThrows('not_found', /Project not found/);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'RenameProject', projectId: 'p1', name: 'Other' })
      .thenThrows('rule_violated', /Project WEB is archived; restore it first/);
  });
});

describe('ArchiveProject', () => {
  it('archives an active project', () => {
    given([created()]).when({ type: 'ArchiveProject', projectId: 'p1' }).then([archived]);
  });

  it('archives again after a restore', () => {
    given([created(), archived, restored]).when({ type: 'ArchiveProject', projectId: 'p1' }).then([archived]);
  });

  it('does nothing on an archived project', () => {
    given([created(), archived]).when({ type: 'ArchiveProject', projectId: 'p1' }).then([]);
  });

  it('is refused on a project that does not exist', () => {
    given([])
      .when({ type: 'ArchiveProject', projectId: 'p1' })
      .thenThrows('not_found', /Project not found/);
  });
});

describe('RestoreProject', () => {
  it('restores an archived project', () => {
    given([created(), archived]).when({ type: 'RestoreProject', projectId: 'p1' }).then([restored]);
  });

  it('does nothing on an active project', () => {
    given([created()]).when({ type: 'RestoreProject', projectId: 'p1' }).then([]);
  });

  it('is refused on a project that does not exist', () => {
    given([])
      .when({ type: 'RestoreProject', projectId: 'p1' })
      .thenThrows('not_found', /Project not found/);
  });

  it('makes the project accept commands again', () => {
    given([created(), archived, restored])
      .when({ type: 'RenameProject', projectId: 'p1', name: 'Other' })
      .then([{ type: 'ProjectRenamed', data: { name: 'Other' } }]);
  });
});

describe('AddStatus', () => {
  it('adds a status of the category asked for', () => {
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-wont', name: "Won't do", category: 'canceled' })
      .then([{ type: 'StatusAdded', data: { statusId: 's-wont', name: "Won't do", category: 'canceled' } }]);
  });

  it('adds a status with a trimmed name', () => {
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: ' Review ' })
      .then([statusAdded('s-review', 'Review')]);
  });

  it('refuses an empty or too long name', () => {
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: ' ' })
      .thenThrows('invalid', /Name must not be empty/);
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: 'r'.repeat(41) })
      .thenThrows('invalid', /Name must be at most 40 characters/);
    expect(refusedField([created()], { type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: '' })).toBe(
      'name',
    );
  });

  it('refuses a status id that is already in the workflow', () => {
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-todo', name: 'Review' })
      .thenThrows('rule_violated', /That status already exists/);
  });

  it('refuses a name already in the workflow, ignoring case', () => {
    given([created()])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: 'in PROGRESS' })
      .thenThrows('rule_violated', /already has a status named "In progress"/);
  });

  it('accepts a 12th status and refuses a 13th', () => {
    const eight = Array.from({ length: 8 }, (_, i) => statusAdded(`s-extra-${i}`, `Extra ${i}`));
    given([created(), ...eight.slice(0, 7)])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-extra-7', name: 'Extra 7' })
      .then([statusAdded('s-extra-7', 'Extra 7')]);
    given([created(), ...eight])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: 'Review' })
      .thenThrows('rule_violated', /at most 12 statuses/);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: 'Review' })
      .thenThrows('rule_violated', /archived/);
  });

  it('is refused on a project that does not exist', () => {
    given([])
      .when({ type: 'AddStatus', projectId: 'p1', statusId: 's-review', name: 'Review' })
      .thenThrows('not_found');
  });
});

describe('RenameStatus', () => {
  it('renames a status with a trimmed name', () => {
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-doing', name: ' Doing ' })
      .then([{ type: 'StatusRenamed', data: { statusId: 's-doing', name: 'Doing' } }]);
  });

  it('allows changing only the case of its own name', () => {
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: 'TODO' })
      .then([{ type: 'StatusRenamed', data: { statusId: 's-todo', name: 'TODO' } }]);
  });

  it('does nothing when the trimmed name is the current one', () => {
    given([created()]).when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: ' Todo ' }).then([]);
  });

  it('refuses the name of another status, ignoring case', () => {
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: 'done' })
      .thenThrows('rule_violated', /already has a status named "Done"/);
  });

  it('refuses an empty or too long name', () => {
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: '' })
      .thenThrows('invalid', /Name must not be empty/);
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: 't'.repeat(41) })
      .thenThrows('invalid', /Name must be at most 40 characters/);
  });

  it('refuses a status that is not in the workflow', () => {
    given([created()])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-nope', name: 'Nope' })
      .thenThrows('rule_violated', /Status s-nope is not part of the WEB workflow/);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'RenameStatus', projectId: 'p1', statusId: 's-todo', name: 'To do' })
      .thenThrows('rule_violated', /archived/);
  });
});

describe('MoveStatus', () => {
  it('moves a status to another position', () => {
    given([created()])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-done', toIndex: 0 })
      .then([statusMoved('s-done', 0)]);
  });

  it('accepts the last position', () => {
    given([created()])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-backlog', toIndex: 3 })
      .then([statusMoved('s-backlog', 3)]);
  });

  it('does nothing when the status is already at that position', () => {
    given([created()]).when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-todo', toIndex: 1 }).then([]);
  });

  it('reads the position from the current order', () => {
    given([created(), statusMoved('s-done', 0)])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-done', toIndex: 0 })
      .then([]);
  });

  it.each([
    ['negative', -1],
    ['past the end', 4],
    ['not an integer', 1.5],
    ['not a number', Number.NaN],
  ])('refuses a position %s', (_, toIndex) => {
    given([created()])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-todo', toIndex })
      .thenThrows('invalid', /Position must be between 0 and 3/);
    expect(refusedField([created()], { type: 'MoveStatus', projectId: 'p1', statusId: 's-todo', toIndex })).toBe(
      'toIndex',
    );
  });

  it('refuses a status that is not in the workflow', () => {
    given([created()])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-nope', toIndex: 0 })
      .thenThrows('rule_violated', /not part of the WEB workflow/);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'MoveStatus', projectId: 'p1', statusId: 's-done', toIndex: 0 })
      .thenThrows('rule_violated', /archived/);
  });
});

describe('ChangeStatusCategory', () => {
  const change = (statusId: string, category: string): ProjectCommand =>
    ({ type: 'ChangeStatusCategory', projectId: 'p1', statusId, category }) as ProjectCommand;

  it('changes what a status counts as', () => {
    given([created()])
      .when(change('s-doing', 'completed'))
      .then([{ type: 'StatusCategoryChanged', data: { statusId: 's-doing', category: 'completed' } }]);
  });

  it('changes nothing when the status already has that category', () => {
    given([created()]).when(change('s-doing', 'started')).then([]);
  });

  it('decides on the category the last change gave it', () => {
    const changed: ProjectEvent = { type: 'StatusCategoryChanged', data: { statusId: 's-doing', category: 'backlog' } };
    given([created(), changed]).when(change('s-doing', 'backlog')).then([]);
    expect(stateAfter([created(), changed])).toMatchObject({
      statuses: [workflow[0], workflow[1], { id: 's-doing', name: 'In progress', category: 'backlog' }, workflow[3]],
    });
  });

  it('refuses a category the tracker does not know, a status not in the workflow, an archived project', () => {
    given([created()])
      .when(change('s-doing', 'someday'))
      .thenThrows('invalid', /one of backlog, unstarted/);
    given([created()])
      .when(change('s-nope', 'started'))
      .thenThrows('rule_violated', /not part of the WEB workflow/);
    given([created(), archived])
      .when(change('s-doing', 'completed'))
      .thenThrows('rule_violated', /archived/);
  });
});

describe('RemoveStatus', () => {
  it('removes an empty status', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 0 })
      .then([{ type: 'StatusRemoved', data: { statusId: 's-doing' } }]);
  });

  it('refuses a status that still holds one task', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 1 })
      .thenThrows('rule_violated', /"In progress" can only be removed when empty: 1 task is still in it/);
  });

  it('refuses a status that still holds several tasks', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 3 })
      .thenThrows('rule_violated', /3 tasks are still in it/);
  });

  it('refuses to remove the last status', () => {
    given([created([{ id: 's-todo', name: 'Todo', category: 'unstarted' }])])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-todo', tasksInStatus: 0 })
      .thenThrows('rule_violated', /A workflow needs at least one status/);
  });

  it('refuses the last status after the others were removed', () => {
    const removed = (statusId: string): ProjectEvent => ({ type: 'StatusRemoved', data: { statusId } });
    given([created(), removed('s-backlog'), removed('s-todo'), removed('s-doing')])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-done', tasksInStatus: 0 })
      .thenThrows('rule_violated', /at least one status/);
  });

  it('removes a status whose tasks were moved to the status named', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', moveTasksTo: 's-done', tasksInStatus: 0 })
      .then([{ type: 'StatusRemoved', data: { statusId: 's-doing' } }]);
  });

  it('still refuses a status with tasks in it when a target is named but they were not moved', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', moveTasksTo: 's-done', tasksInStatus: 2 })
      .thenThrows('rule_violated', /2 tasks are still in it/);
  });

  it('refuses to move the tasks into the status removed, or into one the workflow lacks', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', moveTasksTo: 's-doing', tasksInStatus: 0 })
      .thenThrows('invalid', /another status/);
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', moveTasksTo: 's-nope', tasksInStatus: 0 })
      .thenThrows('rule_violated', /Status s-nope is not part of the WEB workflow/);
  });

  it('refuses a status that is not in the workflow', () => {
    given([created()])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-nope', tasksInStatus: 0 })
      .thenThrows('rule_violated', /Status s-nope is not part of the WEB workflow/);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'RemoveStatus', projectId: 'p1', statusId: 's-doing', tasksInStatus: 0 })
      .thenThrows('rule_violated', /archived/);
  });
});

describe('ReserveTaskNumber', () => {
  it('reserves number 1 in a new project', () => {
    given([created()])
      .when({ type: 'ReserveTaskNumber', taskId: 't1' })
      .then([reserved('t1', 1)]);
  });

  it('reserves the number after the last one, after several reservations', () => {
    given([created(), reserved('t1', 1), reserved('t2', 2), reserved('t3', 3)])
      .when({ type: 'ReserveTaskNumber', taskId: 't4' })
      .then([reserved('t4', 4)]);
  });

  it('is refused on an archived project', () => {
    given([created(), archived])
      .when({ type: 'ReserveTaskNumber', taskId: 't1' })
      .thenThrows('rule_violated', /Project WEB is archived/);
  });

  it('is refused on a project that does not exist', () => {
    given([])
      .when({ type: 'ReserveTaskNumber', taskId: 't1' })
      .thenThrows('not_found', /Project not found/);
  });
});

describe('membership', () => {
  const member = (userId: string, role: Role): ProjectEvent => ({ type: 'MemberAdded', data: { userId, role } });
  const team = [created(), ownerAdded, member('u-ben', 'member'), member('u-vic', 'viewer')];
  const change = (actorId: string, userId: string, role: Role): ProjectCommand => ({
    type: 'ChangeMemberRole',
    projectId: 'p1',
    actorId,
    userId,
    role,
  });
  const remove = (actorId: string, userId: string): ProjectCommand => ({
    type: 'RemoveMember',
    projectId: 'p1',
    actorId,
    userId,
  });

  it('makes the creator the first owner', () => {
    expect(stateAfter([created(), ownerAdded])).toMatchObject({ members: { 'u-owner': 'owner' } });
  });

  it.each([
    ['a member', 'u-ben'],
    ['a viewer', 'u-vic'],
    ['an outsider', 'u-zed'],
  ])('refuses membership changes ordered by %s', (_, actorId) => {
    given(team)
      .when(change(actorId, 'u-vic', 'member'))
      .thenThrows('forbidden', /Only an owner/);
    given(team)
      .when(remove(actorId, 'u-owner'))
      .thenThrows('forbidden', /Only an owner/);
  });

  it('refuses an unknown role', () => {
    given(team)
      .when(change('u-owner', 'u-ben', 'admin' as Role))
      .thenThrows('invalid', /Role must be one of owner, member, viewer/);
  });

  it('changes a role, and does nothing when it is the same', () => {
    given(team)
      .when(change('u-owner', 'u-ben', 'viewer'))
      .then([{ type: 'MemberRoleChanged', data: { userId: 'u-ben', role: 'viewer' } }]);
    given(team)
      .when(change('u-owner', 'u-ben', 'member'))
      .then([]);
    given(team)
      .when(change('u-owner', 'u-zed', 'member'))
      .thenThrows('not_found', /Not a member/);
  });

  it('never leaves a project without an owner', () => {
    given(team)
      .when(change('u-owner', 'u-owner', 'member'))
      .thenThrows('rule_violated', /at least one owner/);
    given(team)
      .when(remove('u-owner', 'u-owner'))
      .thenThrows('rule_violated', /at least one owner/);
    const twoOwners = [
      ...team,
      { type: 'MemberRoleChanged', data: { userId: 'u-ben', role: 'owner' } } as ProjectEvent,
    ];
    given(twoOwners)
      .when(remove('u-ben', 'u-owner'))
      .then([{ type: 'MemberRemoved', data: { userId: 'u-owner' } }]);
  });

  it('lets anyone leave, and removing a non-member changes nothing', () => {
    given(team)
      .when(remove('u-vic', 'u-vic'))
      .then([{ type: 'MemberRemoved', data: { userId: 'u-vic' } }]);
    given(team).when(remove('u-owner', 'u-zed')).then([]);
  });

  it('manages members of an archived project too', () => {
    given([...team, archived])
      .when(change('u-owner', 'u-vic', 'member'))
      .then([{ type: 'MemberRoleChanged', data: { userId: 'u-vic', role: 'member' } }]);
    given([...team, archived])
      .when(remove('u-owner', 'u-vic'))
      .then([{ type: 'MemberRemoved', data: { userId: 'u-vic' } }]);
  });

  it('forgets a removed member', () => {
    const removed: ProjectEvent = { type: 'MemberRemoved', data: { userId: 'u-ben' } };
    expect(stateAfter([...team, removed])).toMatchObject({ members: { 'u-owner': 'owner', 'u-vic': 'viewer' } });
    expect(Object.keys((stateAfter([...team, removed]) as { members: object }).members)).not.toContain('u-ben');
    given([...team, removed])
      .when(change('u-owner', 'u-ben', 'viewer'))
      .thenThrows('not_found', /Not a member/);
  });
});

describe('evolveProject', () => {
  const statusIds = (events: readonly ProjectEvent[]) => {
    const state = stateAfter(events);
    return state.status === 'none' ? [] : state.statuses.map((s) => s.id);
  };

  it('starts an active project with no task number used', () => {
    expect(stateAfter([created()])).toEqual({
      status: 'active',
      id: 'p1',
      key: 'WEB',
      name: 'Website',
      statuses: workflow,
      lastTaskNumber: 0,
      members: {},
      invitations: {},
      namedPoints: {},
      labels: {},
    });
  });

  it('ignores events before the project is created', () => {
    expect(stateAfter([archived, reserved('t1', 1)])).toEqual({ status: 'none' });
  });

  it('archives and restores', () => {
    expect(stateAfter([created(), archived]).status).toBe('archived');
    expect(stateAfter([created(), archived, restored]).status).toBe('active');
  });

  it('StatusMoved reorders the workflow, forwards and backwards', () => {
    expect(statusIds([created(), statusMoved('s-done', 0)])).toEqual(['s-done', 's-backlog', 's-todo', 's-doing']);
    expect(statusIds([created(), statusMoved('s-backlog', 2)])).toEqual(['s-todo', 's-doing', 's-backlog', 's-done']);
    expect(statusIds([created(), statusMoved('s-todo', 3)])).toEqual(['s-backlog', 's-doing', 's-done', 's-todo']);
  });

  it('moveStatus leaves the order alone for an unknown status', () => {
    expect(moveStatus(workflow, 's-nope', 0)).toEqual(workflow);
  });

  it('StatusAdded appends, StatusRenamed renames in place and StatusRemoved removes', () => {
    const state = stateAfter([
      created(),
      statusAdded('s-review', 'Review'),
      { type: 'StatusRenamed', data: { statusId: 's-todo', name: 'To do' } },
      { type: 'StatusRemoved', data: { statusId: 's-backlog' } },
    ]);
    expect(state.status === 'active' && state.statuses).toEqual([
      { id: 's-todo', name: 'To do', category: 'unstarted' },
      { id: 's-doing', name: 'In progress', category: 'started' },
      { id: 's-done', name: 'Done', category: 'completed' },
      { id: 's-review', name: 'Review', category: 'started' },
    ]);
  });

  it('TaskNumberReserved records the last number', () => {
    const state = stateAfter([created(), reserved('t1', 1), reserved('t2', 2)]);
    expect(state.status === 'active' && state.lastTaskNumber).toBe(2);
  });
});
