import { invalid, notFound, ruleViolated } from '../shared/errors';
import { requireText } from '../shared/text';
import { STATUS_CATEGORIES, type StatusCategory, type WorkflowStatus } from './events';
import type { ActiveProject, ExistingProject, ProjectState } from './state';

export const PROJECT_NAME_MAX = 80;
export const STATUS_NAME_MAX = 40;
export const MAX_STATUSES = 12;
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]{1,5}$/;

export const requireProjectName = (name: string) => requireText('name', name, { max: PROJECT_NAME_MAX });
export const requireStatusName = (name: string) => requireText('name', name, { max: STATUS_NAME_MAX });

export function requireProjectKey(key: string): string {
  const trimmed = key.trim();
  if (!KEY_PATTERN.test(trimmed)) {
    throw invalid('key', 'Key must be 2 to 6 letters or digits, starting with a letter (like WEB)');
  }
  return trimmed.toUpperCase();
}

/** The schema checks a sent command; this holds for a command made inside the server too (an undo's, a fork's). */
export function requireStatusCategory(category: string): StatusCategory {
  const known = STATUS_CATEGORIES.find((c) => c === category);
  if (!known) throw invalid('category', `A status's category is one of ${STATUS_CATEGORIES.join(', ')}`);
  return known;
}

export function requireUniqueStatusName(statuses: readonly WorkflowStatus[], name: string, exceptId?: string) {
  const clash = statuses.find((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw ruleViolated(`The workflow already has a status named "${clash.name}"`);
}

export function requireStatus(project: ExistingProject, statusId: string): WorkflowStatus {
  const status = project.statuses.find((s) => s.id === statusId);
  if (!status) throw ruleViolated(`Status ${statusId} is not part of the ${project.key} workflow`);
  return status;
}

/** Everything but restoring is refused on an archived project, for the project itself and for all of its tasks. */
export function requireActiveProject(project: ProjectState): asserts project is ActiveProject {
  if (project.status === 'none') throw notFound('Project not found');
  if (project.status === 'archived') throw ruleViolated(`Project ${project.key} is archived; restore it first`);
}
