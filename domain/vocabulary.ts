/**
 * The tracker's words and limits that views show and forms enforce: roles and what they may do, priorities, status
 * categories, the lengths of names and texts. The browser imports the domain through here only: the barrel also holds
 * the commands' zod schemas, whose construction probes for `eval`, which the pages' Content-Security-Policy forbids.
 */
export { can, ROLES, type Permission, type Role } from './project/members';
export { STATUS_CATEGORIES, type StatusCategory } from './project/events';
export { PROJECT_NAME_MAX, STATUS_NAME_MAX } from './project/rules';
export { POINT_NAME_MAX } from './project/named-points';
export { DEFAULT_LABEL_COLOUR, LABEL_COLOURS, type LabelColour } from './project/labels';
export { PRIORITIES, type Priority } from './task/events';
export { COMMENT_MAX, DESCRIPTION_MAX, LABEL_MAX, TITLE_MAX } from './task/rules';
export type { DomainEventType } from './index';
export { assertNever } from './shared/decider';
export { NOT_UNDONE } from './history/not-undone';
export { handleOf, mentionAtCaret, mentionedHandles } from './inbox/mentions';
