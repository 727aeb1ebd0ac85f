'use client';

import { useId, useState } from 'react';
import { TITLE_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { useTaskCommand, type TaskRef } from './use-task-command';
import { ConflictNotice } from './conflict-notice';
import { SaveCancel } from './save-cancel';

export function TitleField({ task, title, readOnly }: { task: TaskRef; title: string; readOnly: boolean }) {
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null && draft !== title;
  const rename = useTaskCommand(trpc.task.rename.mutationOptions(), task, {
    pinVersion: true,
    draft: { editing, shown: title },
    field: { of: (shown) => shown.title, sent: (sent) => sent.title },
  });
  const conflict = rename.conflict;
  const save = (next: string) => {
    rename.send(
      { title: next },
      {
        onSuccess: () => {
          setDraft(null);
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (draft === null || !editing) {
          setDraft(null);
          return;
        }
        save(draft);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Title
      </label>
      <textarea
        id={id}
        value={draft ?? title}
        rows={1}
        maxLength={TITLE_MAX}
        readOnly={readOnly}
        onChange={(event) => {
          setDraft(event.target.value.replace(/\n/g, ' '));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
          if (event.key === 'Escape' && !conflict) setDraft(null);
        }}
        className="field-sizing-content w-full resize-none rounded-md border border-transparent bg-transparent px-2 py-1 -mx-2 text-xl font-semibold tracking-tight text-stone-900 hover:border-stone-200 focus:border-stone-300 focus:bg-white sm:text-2xl"
      />
      {conflict && draft !== null && (
        <ConflictNotice
          field="title"
          theirs={title}
          mine={draft}
          editable
          pending={rename.isPending}
          onKeepMine={() => {
            save(draft);
          }}
          onTakeTheirs={() => {
            rename.takeTheirs();
            setDraft(null);
          }}
        />
      )}
      {editing && !conflict && (
        <SaveCancel
          label="Save title"
          disabled={rename.isPending}
          onCancel={() => {
            setDraft(null);
          }}
        />
      )}
      {rename.error && <Alert className="mt-2">{errorMessage(rename.error)}</Alert>}
    </form>
  );
}
