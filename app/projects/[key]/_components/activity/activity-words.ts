import { assertNever } from '@/domain/vocabulary';
import { exactTime, longDay } from '../../../../_lib/format';
import type { ActivityEntry } from '../../../../_lib/router-types';

/** A piece of a sentence: plain words, the person who acted, or a task named by its reference ("WEB-12"). */
export type SentencePart = string | { actor: string } | { task: string | undefined };

const quoted = (value: string | undefined) => `“${value ?? '…'}”`;
/** Every sentence starts with who acted, and someone no longer known is "a former member". */
const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const aRole = (role: string) => (/^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`);

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
  const actor = { actor: capitalized(nameOf(entry.actorId)) };
  const task = { task: 'task' in entry.details ? entry.details.task : undefined };
  const personOf = (userId: string) => (userId === entry.actorId ? undefined : nameOf(userId));

  switch (entry.type) {
    case 'ProjectCreated':
      return say`${actor} created the project ${quoted(entry.details.name)} (${entry.details.key})`;
    case 'ProjectRenamed':
      return say`${actor} renamed the project from ${quoted(entry.details.from)} to ${quoted(entry.details.to)}`;
    case 'ProjectArchived':
      return say`${actor} archived the project`;
    case 'ProjectRestored':
      return say`${actor} restored the project`;
    case 'StatusAdded':
      return say`${actor} added the status ${quoted(entry.details.status)}`;
    case 'StatusRenamed':
      return say`${actor} renamed the status ${quoted(entry.details.from)} to ${quoted(entry.details.to)}`;
    case 'StatusMoved':
      return say`${actor} moved the status ${quoted(entry.details.status)} to position ${String(entry.details.toIndex + 1)}`;
    case 'StatusRemoved':
      return say`${actor} removed the status ${quoted(entry.details.status)}`;
    case 'StatusCategoryChanged':
      return say`${actor} made the status ${quoted(entry.details.status)} count as ${entry.details.category}`;
    case 'TaskCreated':
      return say`${actor} created ${task} ${quoted(entry.details.title)} in ${entry.details.status}`;
    case 'TaskRenamed':
      return say`${actor} renamed ${task} to ${quoted(entry.details.to)}`;
    case 'TaskDescribed':
      return say`${actor} updated the description of ${task}`;
    case 'TaskMoved': {
      const { from, to } = entry.details;
      return from === to
        ? say`${actor} reordered ${task} within ${to}`
        : say`${actor} moved ${task} from ${from} to ${to}`;
    }
    case 'TaskAssigned':
      return say`${actor} assigned ${task} to ${nameOf(entry.details.assigneeId)}`;
    case 'TaskUnassigned':
      return say`${actor} unassigned ${nameOf(entry.details.assigneeId)} from ${task}`;
    case 'TaskPrioritized': {
      const { from, to } = entry.details;
      if (to === 'none') return say`${actor} removed the priority of ${task}`;
      if (!from || from === 'none') return say`${actor} set the priority of ${task} to ${to}`;
      return say`${actor} changed the priority of ${task} from ${from} to ${to}`;
    }
    case 'TaskScheduled':
      return say`${actor} set ${task} due on ${longDay(entry.details.dueOn)}`;
    case 'TaskUnscheduled':
      return say`${actor} removed the due date of ${task}`;
    case 'TaskLabeled': {
      const { added, removed } = entry.details;
      if (added.length && removed.length)
        return say`${actor} labeled ${task} ${list(added)} and removed ${list(removed)}`;
      if (removed.length)
        return say`${actor} removed the ${removed.length > 1 ? 'labels' : 'label'} ${list(removed)} from ${task}`;
      return say`${actor} labeled ${task} ${list(added)}`;
    }
    case 'CommentAdded':
      // An empty excerpt is a comment whose author was forgotten.
      return entry.details.excerpt
        ? say`${actor} commented on ${task}: ${quoted(entry.details.excerpt)}`
        : say`${actor} commented on ${task} (comment removed)`;
    case 'CommentEdited':
      return say`${actor} edited a comment on ${task}`;
    case 'TaskDeleted':
      return say`${actor} deleted ${task}`;
    case 'TaskRestored':
      return say`${actor} restored ${task}`;
    // A project's creator is its first member, added by the same command.
    case 'MemberAdded': {
      const person = personOf(entry.details.userId);
      return person
        ? say`${actor} added ${person} as ${entry.details.role}`
        : say`${actor} joined as ${entry.details.role}`;
    }
    case 'MemberRoleChanged':
      return say`${actor} made ${personOf(entry.details.userId) ?? 'themselves'} ${aRole(entry.details.role)}`;
    case 'MemberRemoved': {
      const person = personOf(entry.details.userId);
      return person ? say`${actor} removed ${person} from the project` : say`${actor} left the project`;
    }
    // Whom an invitation was for is never said: they are nobody here until they accept.
    case 'MemberInvited':
      return say`${actor} invited someone as ${aRole(entry.details.role)}`;
    case 'InvitationRevoked':
      return say`${actor} withdrew an invitation`;
    // The MemberAdded of the same command then says the role they joined as.
    case 'InvitationAccepted':
      return say`${actor} accepted an invitation`;
    case 'LabelCreated':
      return say`${actor} created the label ${quoted(entry.details.name)}`;
    case 'LabelRenamed':
      return say`${actor} renamed the label ${quoted(entry.details.from)} to ${quoted(entry.details.to)}`;
    case 'LabelRecoloured':
      return say`${actor} made a label ${entry.details.colour}`;
    case 'LabelDeleted':
      return say`${actor} deleted the label ${quoted(entry.details.name)}`;
    case 'PointNamed':
      return say`${actor} named a point of the history ${quoted(entry.details.name)}`;
    case 'PointUnnamed':
      return say`${actor} removed the name ${quoted(entry.details.name)} from the history`;
    case 'CommentDeleted':
      return say`${actor} deleted a comment on ${task}`;
    case 'CommentRestored':
      return say`${actor} brought back a comment on ${task}`;
    case 'ProjectForked':
      return say`${actor} forked this project from ${entry.details.sourceKey} as it stood on ${exactTime(new Date(entry.details.at))}`;
    case 'BoardRestored': {
      const { at, changes } = entry.details;
      const what = entry.taskId ? task : 'the board';
      return say`${actor} restored ${what} to ${exactTime(new Date(at))} (${changes === 1 ? '1 change' : `${changes} changes`})`;
    }
    case 'ChangeUndone':
      return undoneParts(entry, actor, nameOf);
    default:
      return assertNever(entry);
  }
}

/** "Ana undid: moved WEB-12 from Todo to Done": the undone entry's own sentence, after who undid (or redid) it. */
function undoneParts(
  entry: Extract<ActivityEntry, { type: 'ChangeUndone' }>,
  actor: { actor: string },
  nameOf: (personId: string) => string,
): SentencePart[] {
  const verb = entry.details.redo ? 'redid' : 'undid';
  const undone = entry.details.undone;
  if (!undone) return say`${actor} ${verb} a change`;
  const whose = undone.actorId === entry.actorId ? '' : ` ${nameOf(undone.actorId)}’s change`;
  const [, ...words] = activityParts({ ...entry, ...undone } as ActivityEntry, nameOf);
  const [first, ...rest] = words;
  return [actor, ` ${verb}${whose}:`, ...(typeof first === 'string' ? [first] : [' ', first!]), ...rest];
}

/** The one event the timeline leaves out, TaskNumberReserved: it always comes with the TaskCreated of its command. */
export const reservedNumberText = (actor: string) => `${capitalized(actor)} reserved the number of a new task`;

/** The same sentence as plain text, for places that only take text (a slider's value, a page title). */
export function activityText(entry: ActivityEntry, nameOf: (personId: string) => string): string {
  return activityParts(entry, nameOf)
    .map((part) => (typeof part === 'string' ? part : 'actor' in part ? part.actor : (part.task ?? 'a task')))
    .join('');
}
