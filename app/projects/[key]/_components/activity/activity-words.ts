import { longDay } from '../../../../_lib/format';
import type { ActivityEntry } from '../../../../_lib/router-types';

/** A piece of a sentence: plain words, the person who acted, or a task named by its reference ("WEB-12"). */
export type SentencePart = string | { actor: string } | { task: string | undefined };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const quoted = (value: unknown) => `“${text(value) ?? '…'}”`;
/** Every sentence starts with who acted, and someone no longer known is "a former member". */
const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const aRole = (value: unknown) => {
  const role = text(value) ?? 'member';
  return /^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`;
};

function list(items: readonly string[]) {
  const quotedItems = items.map((i) => `“${i}”`);
  return quotedItems.length <= 1
    ? (quotedItems[0] ?? '')
    : `${quotedItems.slice(0, -1).join(', ')} and ${quotedItems.at(-1)}`;
}

/** Reads like the sentence it builds: words between the parts, missing values left out. */
function say(words: TemplateStringsArray, ...parts: (SentencePart | undefined)[]): SentencePart[] {
  return words.flatMap((w, i) => [w, parts[i] ?? '']).filter((p) => p !== '');
}

/**
 * One entry of the log as a sentence. The details hold names as they were when it happened, so a status renamed
 * later still reads with its old name here.
 */
export function activityParts(entry: ActivityEntry, nameOf: (personId: string) => string): SentencePart[] {
  const d = entry.details;
  const actor = { actor: capitalized(nameOf(entry.actorId)) };
  const task = { task: text(d.task) };
  const self = d.userId === entry.actorId;
  const person = nameOf(text(d.userId) ?? '');

  switch (entry.type) {
    case 'ProjectCreated':
      return say`${actor} created the project ${quoted(d.name)} (${text(d.key)})`;
    case 'ProjectRenamed':
      return say`${actor} renamed the project from ${quoted(d.from)} to ${quoted(d.to)}`;
    case 'ProjectArchived':
      return say`${actor} archived the project`;
    case 'ProjectRestored':
      return say`${actor} restored the project`;
    case 'StatusAdded':
      return say`${actor} added the status ${quoted(d.status)}`;
    case 'StatusRenamed':
      return say`${actor} renamed the status ${quoted(d.from)} to ${quoted(d.to)}`;
    case 'StatusMoved':
      return say`${actor} moved the status ${quoted(d.status)} to position ${typeof d.toIndex === 'number' ? String(d.toIndex + 1) : '?'}`;
    case 'StatusRemoved':
      return say`${actor} removed the status ${quoted(d.status)}`;
    case 'TaskCreated':
      return say`${actor} created ${task} ${quoted(d.title)} in ${text(d.status)}`;
    case 'TaskRenamed':
      return say`${actor} renamed ${task} to ${quoted(d.to)}`;
    case 'TaskDescribed':
      return say`${actor} updated the description of ${task}`;
    case 'TaskMoved':
      return d.from === d.to
        ? say`${actor} reordered ${task} within ${text(d.to)}`
        : say`${actor} moved ${task} from ${text(d.from)} to ${text(d.to)}`;
    case 'TaskAssigned':
      return say`${actor} assigned ${task} to ${nameOf(text(d.assigneeId) ?? '')}`;
    case 'TaskUnassigned':
      return say`${actor} unassigned ${nameOf(text(d.assigneeId) ?? '')} from ${task}`;
    case 'TaskPrioritized':
      if (d.to === 'none') return say`${actor} removed the priority of ${task}`;
      if (!d.from || d.from === 'none') return say`${actor} set the priority of ${task} to ${text(d.to)}`;
      return say`${actor} changed the priority of ${task} from ${text(d.from)} to ${text(d.to)}`;
    case 'TaskScheduled':
      return say`${actor} set ${task} due on ${text(d.dueOn) ? longDay(text(d.dueOn) ?? '') : 'a day'}`;
    case 'TaskUnscheduled':
      return say`${actor} removed the due date of ${task}`;
    case 'TaskLabeled': {
      const added = texts(d.added);
      const removed = texts(d.removed);
      if (added.length && removed.length)
        return say`${actor} labeled ${task} ${list(added)} and removed ${list(removed)}`;
      if (removed.length)
        return say`${actor} removed the ${removed.length > 1 ? 'labels' : 'label'} ${list(removed)} from ${task}`;
      return say`${actor} labeled ${task} ${list(added)}`;
    }
    case 'CommentAdded':
      return say`${actor} commented on ${task}: ${quoted(d.excerpt)}`;
    case 'CommentEdited':
      return say`${actor} edited a comment on ${task}`;
    case 'TaskDeleted':
      return say`${actor} deleted ${task}`;
    case 'TaskRestored':
      return say`${actor} restored ${task}`;
    // A project's creator is its first member, added by the same command.
    case 'MemberAdded':
      return self ? say`${actor} joined as ${text(d.role)}` : say`${actor} added ${person} as ${text(d.role)}`;
    case 'MemberRoleChanged':
      return say`${actor} made ${self ? 'themselves' : person} ${aRole(d.role)}`;
    case 'MemberRemoved':
      return self ? say`${actor} left the project` : say`${actor} removed ${person} from the project`;
    // Whom an invitation was for is never said: they are nobody here until they accept.
    case 'MemberInvited':
      return say`${actor} invited someone as ${aRole(d.role)}`;
    case 'InvitationRevoked':
      return say`${actor} withdrew an invitation`;
    // The MemberAdded of the same command then says the role they joined as.
    case 'InvitationAccepted':
      return say`${actor} accepted an invitation`;
    default:
      return text(d.task) ? say`${actor} made a change to ${task}` : say`${actor} made a change`;
  }
}

/** The one event the timeline leaves out, TaskNumberReserved: it always comes with the TaskCreated of its command. */
export const reservedNumberText = (actor: string) => `${capitalized(actor)} reserved the number of a new task`;

/** The same sentence as plain text, for places that only take text (a slider's value, a page title). */
export function activityText(entry: ActivityEntry, nameOf: (personId: string) => string): string {
  return activityParts(entry, nameOf)
    .map((part) => (typeof part === 'string' ? part : 'actor' in part ? part.actor : (part.task ?? 'a task')))
    .join('');
}
