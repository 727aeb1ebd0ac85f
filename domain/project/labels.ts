import { assertNever } from '../shared/decider';
import { invalid, notFound, ruleViolated } from '../shared/errors';
import { normaliseLabel } from '../task/rules';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import type { ActiveProject } from './state';

/**
 * The project's list of labels, each with a colour from a fixed palette. A task names its labels by their text, as
 * it always has: the list gives a name its colour, and whatever a task carries that the list lacks (a label older
 * than the list, or typed freely) is shown in DEFAULT_LABEL_COLOUR; a label created with that name adopts it. Each
 * label has an id too, so that renaming or recolouring it names which.
 */
export const LABEL_COLOURS = ['slate', 'red', 'amber', 'green', 'teal', 'blue', 'violet', 'pink'] as const;
export type LabelColour = (typeof LABEL_COLOURS)[number];
export const DEFAULT_LABEL_COLOUR: LabelColour = 'slate';
export const LABELS_PER_PROJECT_MAX = 50;

export interface ListedLabel {
  readonly name: string;
  readonly colour: LabelColour;
}
/** The project's current labels, by label id; a deleted one is simply absent. */
export type Labels = Readonly<Record<string, ListedLabel>>;

type LabelEvent = Extract<ProjectEvent, { type: 'LabelCreated' | 'LabelRenamed' | 'LabelRecoloured' | 'LabelDeleted' }>;
export type LabelCommand = Extract<
  ProjectCommand,
  { type: 'CreateLabel' | 'RenameLabel' | 'RecolourLabel' | 'DeleteLabel' }
>;

export function evolveLabels(labels: Labels, event: LabelEvent): Labels {
  const { labelId } = event.data;
  switch (event.type) {
    case 'LabelCreated':
      return { ...labels, [labelId]: { name: event.data.name, colour: event.data.colour } };
    case 'LabelRenamed':
    case 'LabelRecoloured': {
      const label = labels[labelId];
      if (!label) return labels;
      return {
        ...labels,
        [labelId]:
          event.type === 'LabelRenamed' ? { ...label, name: event.data.name } : { ...label, colour: event.data.colour },
      };
    }
    case 'LabelDeleted':
      return Object.fromEntries(Object.entries(labels).filter(([id]) => id !== labelId));
    default:
      return assertNever(event);
  }
}

export function requireLabelColour(colour: string): LabelColour {
  const known = LABEL_COLOURS.find((c) => c === colour);
  if (!known) throw invalid('colour', `A label's colour is one of ${LABEL_COLOURS.join(', ')}`);
  return known;
}

export const labelNamed = (labels: Labels, name: string) =>
  Object.entries(labels).find(([, label]) => label.name === name)?.[0];

export function decideLabel(command: LabelCommand, state: ActiveProject): readonly ProjectEvent[] {
  const { labels } = state;
  switch (command.type) {
    case 'CreateLabel': {
      const name = normaliseLabel(command.name);
      const colour = requireLabelColour(command.colour);
      if (command.labelId === '') throw invalid('labelId', 'A label needs an id');
      if (labels[command.labelId]) throw ruleViolated('That label already exists');
      requireFreeName(labels, name);
      if (Object.keys(labels).length >= LABELS_PER_PROJECT_MAX) {
        throw ruleViolated(`A project has at most ${LABELS_PER_PROJECT_MAX} labels`);
      }
      return [{ type: 'LabelCreated', data: { labelId: command.labelId, name, colour } }];
    }
    case 'RenameLabel': {
      const label = requireLabel(labels, command.labelId);
      const name = normaliseLabel(command.name);
      if (name === label.name) return [];
      requireFreeName(labels, name);
      return [{ type: 'LabelRenamed', data: { labelId: command.labelId, from: label.name, name } }];
    }
    case 'RecolourLabel': {
      const label = requireLabel(labels, command.labelId);
      const colour = requireLabelColour(command.colour);
      return colour === label.colour ? [] : [{ type: 'LabelRecoloured', data: { labelId: command.labelId, colour } }];
    }
    case 'DeleteLabel': {
      const label = requireLabel(labels, command.labelId);
      return [{ type: 'LabelDeleted', data: { labelId: command.labelId, name: label.name } }];
    }
    default:
      return assertNever(command);
  }
}

function requireLabel(labels: Labels, labelId: string): ListedLabel {
  const label = labels[labelId];
  if (!label) throw notFound('Label not found');
  return label;
}

function requireFreeName(labels: Labels, name: string) {
  if (labelNamed(labels, name) !== undefined) throw ruleViolated(`The project already has a label named "${name}"`);
}
