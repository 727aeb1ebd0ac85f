'use client';

import { useId, useState } from 'react';
import { DESCRIPTION_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { labelStyles } from '../../../../../_components/ui/styles';
import { MentionTextarea } from '../../../_components/mentions/mention-textarea';
import { useTaskCommand, type TaskRef } from './use-task-command';
import { SaveCancel } from './save-cancel';

export function DescriptionField({
  task,
  description,
  readOnly,
}: {
  task: TaskRef;
  description: string;
  readOnly: boolean;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null && draft !== description;
  const describe = useTaskCommand(trpc.task.describe.mutationOptions(), task, {
    pinVersion: true,
    draft: { editing, shown: description },
  });

  return (
    <form
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft === null || !editing) {
          setDraft(null);
          return;
        }
        describe.send(
          { description: draft },
          {
            onSuccess: () => {
              setDraft(null);
            },
          },
        );
      }}
    >
      <label htmlFor={id} className={labelStyles}>
        Description
      </label>
      <MentionTextarea
        projectId={task.projectId}
        id={id}
        value={draft ?? description}
        maxLength={DESCRIPTION_MAX}
        readOnly={readOnly}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          if (event.key === 'Escape') setDraft(null);
        }}
        placeholder={readOnly ? 'No description.' : 'Add a description…'}
        className="mt-1 field-sizing-content min-h-28 w-full rounded-md border border-stone-200 bg-white px-3 py-2 text-sm leading-relaxed placeholder:text-stone-400 read-only:bg-stone-50"
      />
      {editing && (
        <SaveCancel
          label="Save description"
          disabled={describe.isPending}
          onCancel={() => {
            setDraft(null);
          }}
        />
      )}
      {describe.error && <Alert className="mt-2">{errorMessage(describe.error)}</Alert>}
    </form>
  );
}
