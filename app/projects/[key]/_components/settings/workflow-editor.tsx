'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { STATUS_NAME_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { useCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { Project } from '../../../../_lib/router-types';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles, inputStyles, labelStyles } from '../../../../_components/ui/styles';
import { WorkflowStatusRow } from './workflow-status-row';

export function WorkflowEditor({ project }: { project: Project }) {
  const trpc = useTRPC();
  const { data: board } = useQuery(trpc.board.get.queryOptions({ projectId: project.id }));
  const tasksIn = (statusId: string) => board?.columns.find((c) => c.status.id === statusId)?.tasks.length ?? 0;
  return (
    <section aria-labelledby="workflow-heading">
      <h3 id="workflow-heading" className="text-sm font-semibold">
        Workflow
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        The board’s columns, left to right, each with what it counts as in Insights. Removing a status that holds tasks
        moves them to another first.
      </p>
      <ol className="mt-3 space-y-2">
        {project.statuses.map((status, index) => (
          <WorkflowStatusRow
            key={status.id}
            projectId={project.id}
            status={status}
            index={index}
            count={project.statuses.length}
            taskCount={tasksIn(status.id)}
            others={project.statuses.filter((s) => s.id !== status.id)}
          />
        ))}
      </ol>
      <AddStatusForm projectId={project.id} />
    </section>
  );
}

function AddStatusForm({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const id = useId();
  const [name, setName] = useState('');
  const [commandId, renewCommandId] = useCommandId();
  const add = useMutation(
    trpc.project.addStatus.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        setName('');
        renewCommandId();
      },
    }),
  );

  return (
    <form
      className="mt-3"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ projectId, name, commandId });
      }}
    >
      <label htmlFor={id} className={labelStyles}>
        New status
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          value={name}
          maxLength={STATUS_NAME_MAX}
          onChange={(event) => {
            setName(event.target.value);
            renewCommandId();
          }}
          placeholder="e.g. In review"
          className={inputStyles}
        />
        <button type="submit" disabled={add.isPending || !name.trim()} className={buttonStyles.secondary}>
          Add status
        </button>
      </div>
      {add.error && <Alert className="mt-2">{errorMessage(add.error)}</Alert>}
    </form>
  );
}
