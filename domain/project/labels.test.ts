import { describe, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import { projectDecider } from './index';
import { LABELS_PER_PROJECT_MAX } from './labels';

const given = specFor(projectDecider);
const created: ProjectEvent = {
  type: 'ProjectCreated',
  data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses: [{ id: 's1', name: 'Todo', category: 'unstarted' }] },
};
const bug: ProjectEvent = { type: 'LabelCreated', data: { labelId: 'l-bug', name: 'bug', colour: 'red' } };
const command = (c: Record<string, unknown>) => ({ projectId: 'p1', ...c }) as ProjectCommand;

describe('CreateLabel', () => {
  it('creates a label with its name as tasks carry it (lower case, hyphens) and a colour of the palette', () => {
    given([created])
      .when(command({ type: 'CreateLabel', labelId: 'l1', name: ' UI Polish ', colour: 'teal' }))
      .then([{ type: 'LabelCreated', data: { labelId: 'l1', name: 'ui-polish', colour: 'teal' } }]);
  });

  it('refuses a name the list has, a colour outside the palette, an empty name, and a full list', () => {
    given([created, bug])
      .when(command({ type: 'CreateLabel', labelId: 'l2', name: 'Bug', colour: 'blue' }))
      .thenThrows('rule_violated', /already has a label named "bug"/);
    given([created])
      .when(command({ type: 'CreateLabel', labelId: 'l2', name: 'bug', colour: 'chartreuse' }))
      .thenThrows('invalid', /colour is one of/);
    given([created])
      .when(command({ type: 'CreateLabel', labelId: 'l2', name: '   ', colour: 'red' }))
      .thenThrows('invalid');
    const full = Array.from({ length: LABELS_PER_PROJECT_MAX }, (_, i): ProjectEvent => ({
      type: 'LabelCreated',
      data: { labelId: `l${i}`, name: `l${i}`, colour: 'red' },
    }));
    given([created, ...full])
      .when(command({ type: 'CreateLabel', labelId: 'lx', name: 'one-more', colour: 'red' }))
      .thenThrows('rule_violated', /at most/);
  });

  it('gives a name free again once its label is deleted', () => {
    const deleted: ProjectEvent = { type: 'LabelDeleted', data: { labelId: 'l-bug', name: 'bug' } };
    given([created, bug, deleted])
      .when(command({ type: 'CreateLabel', labelId: 'l2', name: 'bug', colour: 'amber' }))
      .then([{ type: 'LabelCreated', data: { labelId: 'l2', name: 'bug', colour: 'amber' } }]);
  });
});

describe('RenameLabel, RecolourLabel, DeleteLabel', () => {
  it('renames, saying from what; nothing when the name is the same', () => {
    given([created, bug])
      .when(command({ type: 'RenameLabel', labelId: 'l-bug', name: 'Defect' }))
      .then([{ type: 'LabelRenamed', data: { labelId: 'l-bug', from: 'bug', name: 'defect' } }]);
    given([created, bug])
      .when(command({ type: 'RenameLabel', labelId: 'l-bug', name: 'BUG' }))
      .then([]);
  });

  it('recolours; nothing when the colour is the same', () => {
    given([created, bug])
      .when(command({ type: 'RecolourLabel', labelId: 'l-bug', colour: 'violet' }))
      .then([{ type: 'LabelRecoloured', data: { labelId: 'l-bug', colour: 'violet' } }]);
    given([created, bug])
      .when(command({ type: 'RecolourLabel', labelId: 'l-bug', colour: 'red' }))
      .then([]);
  });

  it('deletes, naming the label deleted', () => {
    given([created, bug])
      .when(command({ type: 'DeleteLabel', labelId: 'l-bug' }))
      .then([{ type: 'LabelDeleted', data: { labelId: 'l-bug', name: 'bug' } }]);
  });

  it('refuses a label the list does not have, and a name another label has', () => {
    const ui: ProjectEvent = { type: 'LabelCreated', data: { labelId: 'l-ui', name: 'ui', colour: 'blue' } };
    given([created, bug])
      .when(command({ type: 'DeleteLabel', labelId: 'l-nope' }))
      .thenThrows('not_found', /Label not found/);
    given([created, bug, ui])
      .when(command({ type: 'RenameLabel', labelId: 'l-ui', name: 'bug' }))
      .thenThrows('rule_violated', /already has a label named "bug"/);
  });

  it('is refused on an archived project', () => {
    given([created, bug, { type: 'ProjectArchived', data: {} }])
      .when(command({ type: 'RecolourLabel', labelId: 'l-bug', colour: 'blue' }))
      .thenThrows('rule_violated', /archived/);
  });
});
