'use client';

import Link from 'next/link';
import { longDay } from '../../../_lib/format';
import type { ActivityEntry } from '../../../_lib/router-types';
import type { People } from '../../../_lib/use-people';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const quoted = (value: unknown) => `“${text(value) ?? '…'}”`;

function TaskLink({ taskRef }: { taskRef: string | undefined }) {
  const match = taskRef ? /^(.+)-(\d+)$/.exec(taskRef) : null;
  if (!taskRef || !match) return <>a task</>;
  return (
    <Link
      prefetch={false}
      href={`/projects/${match[1]}/tasks/${match[2]}`}
      className="font-mono text-[0.95em] font-medium text-indigo-700 hover:underline"
    >
      {taskRef}
    </Link>
  );
}

function list(items: readonly string[]) {
  const quotedItems = items.map((i) => `“${i}”`);
  return quotedItems.length <= 1
    ? (quotedItems[0] ?? '')
    : `${quotedItems.slice(0, -1).join(', ')} and ${quotedItems.at(-1)}`;
}

/**
 * One entry of the log as a sentence. The details hold names as they were when it happened, so a status renamed
 * later still reads with its old name here. All of it is rendered as text.
 */
export function ActivitySentence({ entry, people }: { entry: ActivityEntry; people: People }) {
  const d = entry.details;
  const actor = <span className="font-medium text-stone-900">{people.nameOf(entry.actorId)}</span>;
  const task = <TaskLink taskRef={text(d.task)} />;

  switch (entry.type) {
    case 'ProjectCreated':
      return (
        <>
          {actor} created the project {quoted(d.name)} ({text(d.key)})
        </>
      );
    case 'ProjectRenamed':
      return (
        <>
          {actor} renamed the project from {quoted(d.from)} to {quoted(d.to)}
        </>
      );
    case 'ProjectArchived':
      return <>{actor} archived the project</>;
    case 'ProjectRestored':
      return <>{actor} restored the project</>;
    case 'StatusAdded':
      return (
        <>
          {actor} added the status {quoted(d.status)}
        </>
      );
    case 'StatusRenamed':
      return (
        <>
          {actor} renamed the status {quoted(d.from)} to {quoted(d.to)}
        </>
      );
    case 'StatusMoved':
      return (
        <>
          {actor} moved the status {quoted(d.status)} to position {typeof d.toIndex === 'number' ? d.toIndex + 1 : '?'}
        </>
      );
    case 'StatusRemoved':
      return (
        <>
          {actor} removed the status {quoted(d.status)}
        </>
      );
    case 'TaskCreated':
      return (
        <>
          {actor} created {task} {quoted(d.title)} in {text(d.status)}
        </>
      );
    case 'TaskRenamed':
      return (
        <>
          {actor} renamed {task} to {quoted(d.to)}
        </>
      );
    case 'TaskDescribed':
      return (
        <>
          {actor} updated the description of {task}
        </>
      );
    case 'TaskMoved':
      return d.from === d.to ? (
        <>
          {actor} reordered {task} within {text(d.to)}
        </>
      ) : (
        <>
          {actor} moved {task} from {text(d.from)} to {text(d.to)}
        </>
      );
    case 'TaskAssigned':
      return (
        <>
          {actor} assigned {task} to {people.nameOf(text(d.assigneeId) ?? '')}
        </>
      );
    case 'TaskUnassigned':
      return (
        <>
          {actor} unassigned {people.nameOf(text(d.assigneeId) ?? '')} from {task}
        </>
      );
    case 'TaskPrioritized':
      if (d.to === 'none')
        return (
          <>
            {actor} removed the priority of {task}
          </>
        );
      if (!d.from || d.from === 'none')
        return (
          <>
            {actor} set the priority of {task} to {text(d.to)}
          </>
        );
      return (
        <>
          {actor} changed the priority of {task} from {text(d.from)} to {text(d.to)}
        </>
      );
    case 'TaskScheduled':
      return (
        <>
          {actor} set {task} due on {text(d.dueOn) ? longDay(text(d.dueOn) ?? '') : 'a day'}
        </>
      );
    case 'TaskUnscheduled':
      return (
        <>
          {actor} removed the due date of {task}
        </>
      );
    case 'TaskLabeled': {
      const added = texts(d.added);
      const removed = texts(d.removed);
      if (added.length && removed.length)
        return (
          <>
            {actor} labeled {task} {list(added)} and removed {list(removed)}
          </>
        );
      if (removed.length)
        return (
          <>
            {actor} removed the {removed.length > 1 ? 'labels' : 'label'} {list(removed)} from {task}
          </>
        );
      return (
        <>
          {actor} labeled {task} {list(added)}
        </>
      );
    }
    case 'CommentAdded':
      return (
        <>
          {actor} commented on {task}: {quoted(d.excerpt)}
        </>
      );
    case 'CommentEdited':
      return (
        <>
          {actor} edited a comment on {task}
        </>
      );
    case 'TaskDeleted':
      return (
        <>
          {actor} deleted {task}
        </>
      );
    case 'TaskRestored':
      return (
        <>
          {actor} restored {task}
        </>
      );
    default:
      return (
        <>
          {actor} made a change{text(d.task) ? <> to {task}</> : null}
        </>
      );
  }
}
