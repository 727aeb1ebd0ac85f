'use client';

import { PRIORITIES, type Priority } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import type { Status, TaskDetails } from '../../../../../_lib/router-types';
import { PRIORITY_LABELS } from '../../../../../_components/ui/priority-badge';
import { useMembers } from '../../../_lib/use-members';
import { ConflictNotice } from './conflict-notice';
import { PropertySelect } from './property-select';
import { useTaskCommand, type TaskRef } from './use-task-command';

interface PropertyProps {
  task: TaskRef;
  details: TaskDetails['task'];
  readOnly: boolean;
}

// Each select shows the value just picked while its command is on its way, not the one it is replacing. A pick
// refused because someone set the same property meanwhile shows theirs in the select, and the two side by side.

interface PickConflict<T> {
  field: string;
  conflict: { theirs: unknown; mine: T } | null;
  words: (value: unknown) => string;
  mine: (fields: T) => unknown;
  command: { send: (fields: T) => void; takeTheirs: () => void; isPending: boolean };
}

function pickConflict<T>({ field, conflict, words, mine, command }: PickConflict<T>) {
  if (!conflict) return null;
  return (
    <ConflictNotice
      field={field}
      theirs={words(conflict.theirs)}
      mine={words(mine(conflict.mine))}
      pending={command.isPending}
      onKeepMine={() => {
        command.send(conflict.mine);
      }}
      onTakeTheirs={command.takeTheirs}
    />
  );
}

export function StatusField({ task, details, statuses, readOnly }: PropertyProps & { statuses: readonly Status[] }) {
  const trpc = useTRPC();
  const move = useTaskCommand(trpc.task.move.mutationOptions(), task, {
    pinVersion: true,
    field: { of: (shown) => shown.statusId, sent: (sent) => sent.toStatusId },
  });
  const nameOf = (id: unknown) => statuses.find((status) => status.id === id)?.name ?? 'a removed status';
  return (
    <PropertySelect
      label="Status"
      value={move.isPending && move.variables ? move.variables.toStatusId : details.statusId}
      onChange={(toStatusId) => {
        move.send({ toStatusId });
      }}
      disabled={readOnly}
      error={move.error && errorMessage(move.error)}
      conflict={pickConflict({
        field: 'status',
        conflict: move.conflict,
        words: nameOf,
        mine: (fields) => fields.toStatusId,
        command: move,
      })}
    >
      {statuses.map((status) => (
        <option key={status.id} value={status.id}>
          {status.name}
        </option>
      ))}
    </PropertySelect>
  );
}

export function PriorityField({ task, details, readOnly }: PropertyProps) {
  const trpc = useTRPC();
  const prioritize = useTaskCommand(trpc.task.prioritize.mutationOptions(), task, {
    pinVersion: true,
    field: { of: (shown) => shown.priority, sent: (sent) => sent.priority },
  });
  return (
    <PropertySelect
      label="Priority"
      value={prioritize.isPending && prioritize.variables ? prioritize.variables.priority : details.priority}
      onChange={(priority) => {
        prioritize.send({ priority: priority as Priority });
      }}
      disabled={readOnly}
      error={prioritize.error && errorMessage(prioritize.error)}
      conflict={pickConflict({
        field: 'priority',
        conflict: prioritize.conflict,
        words: (priority) => PRIORITY_LABELS[priority as Priority],
        mine: (fields) => fields.priority,
        command: prioritize,
      })}
    >
      {PRIORITIES.map((priority) => (
        <option key={priority} value={priority}>
          {PRIORITY_LABELS[priority]}
        </option>
      ))}
    </PropertySelect>
  );
}

export function AssigneeField({ task, details, readOnly }: PropertyProps) {
  const trpc = useTRPC();
  const people = useMembers(task.projectId);
  const assign = useTaskCommand(trpc.task.assign.mutationOptions(), task, {
    pinVersion: true,
    field: { of: (shown) => shown.assigneeId, sent: (sent) => sent.assigneeId },
  });
  const current = assign.isPending && assign.variables ? assign.variables.assigneeId : details.assigneeId;
  // Only owners and members can be given a task; someone who since left or became a viewer still shows as assigned.
  const elsewhere = current !== null && !people.assignable.some((p) => p.userId === current);
  return (
    <PropertySelect
      label="Assignee"
      value={current ?? ''}
      onChange={(assigneeId) => {
        assign.send({ assigneeId: assigneeId || null });
      }}
      disabled={readOnly}
      error={assign.error && errorMessage(assign.error)}
      conflict={pickConflict({
        field: 'assignee',
        conflict: assign.conflict,
        words: (id) => (typeof id === 'string' ? people.nameOf(id) : 'Unassigned'),
        mine: (fields) => fields.assigneeId,
        command: assign,
      })}
    >
      <option value="">Unassigned</option>
      {elsewhere && <option value={current}>{people.nameOf(current)}</option>}
      {people.assignable.map((person) => (
        <option key={person.userId} value={person.userId}>
          {person.name}
        </option>
      ))}
    </PropertySelect>
  );
}
