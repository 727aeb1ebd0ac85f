'use client';

import { useId, useState } from 'react';
import { DESCRIPTION_MAX } from '@/domain/vocabulary';
import { useTRPC } from '../../../../../_trpc/client';
import { errorMessage } from '../../../../../_lib/error-message';
import { Alert } from '../../../../../_components/ui/alert';
import { buttonStyles, labelStyles } from '../../../../../_components/ui/styles';
import { RichText } from '../../../../../_components/rich-text/rich-text';
import { MentionTextarea } from '../../../_components/mentions/mention-textarea';
import { ConflictNotice } from './conflict-notice';
import { useTaskCommand, type TaskRef } from './use-task-command';
import { SaveCancel } from './save-cancel';

/** The description as Markdown: rendered until the person edits it, then written with a preview a click away. */
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
  const [preview, setPreview] = useState(false);
  const editing = draft !== null && draft !== description;
  // The draft begins when the editor opens, not at the first change: someone else may change the text meanwhile.
  const describe = useTaskCommand(trpc.task.describe.mutationOptions(), task, {
    pinVersion: true,
    draft: { editing: draft !== null, shown: description },
    field: { of: (shown) => shown.description, sent: (sent) => sent.description },
  });
  const conflict = describe.conflict;
  const close = () => {
    setDraft(null);
    setPreview(false);
  };
  const save = (next: string) => {
    describe.send({ description: next }, { onSuccess: close });
  };

  if (readOnly || draft === null) {
    return (
      <div className="mt-6">
        <div className="flex items-center justify-between gap-2">
          <h3 className={labelStyles}>Description</h3>
          {!readOnly && description && (
            <button
              type="button"
              onClick={() => {
                setDraft(description);
              }}
              className={`${buttonStyles.ghost} min-h-8 px-2`}
              aria-label="Edit description"
            >
              Edit
            </button>
          )}
        </div>
        {description ? (
          <RichText text={description} className="mt-1 rounded-md border border-stone-200 bg-white px-3 py-2" />
        ) : readOnly ? (
          <p className="mt-1 text-sm text-stone-500">No description.</p>
        ) : (
          <button
            type="button"
            onClick={() => {
              setDraft('');
            }}
            className="mt-1 block min-h-20 w-full rounded-md border border-dashed border-stone-300 bg-white px-3 py-2 text-left text-sm text-stone-500 hover:border-stone-400"
          >
            Add a description…
          </button>
        )}
        {describe.error && <Alert className="mt-2">{errorMessage(describe.error)}</Alert>}
      </div>
    );
  }

  return (
    <form
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        if (editing) save(draft);
        else close();
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className={labelStyles}>
          Description
        </label>
        <button
          type="button"
          aria-pressed={preview}
          onClick={() => {
            setPreview(!preview);
          }}
          className={`${buttonStyles.ghost} min-h-8 px-2`}
        >
          Preview
        </button>
      </div>
      <MentionTextarea
        projectId={task.projectId}
        id={id}
        value={draft}
        maxLength={DESCRIPTION_MAX}
        autoFocus
        hidden={preview}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          if (event.key === 'Escape' && !conflict) close();
        }}
        placeholder="Add a description… Markdown works: **bold**, lists, `code`, links, WEB-12."
        aria-describedby={`${id}-hint`}
        className="mt-1 field-sizing-content min-h-28 w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm leading-relaxed placeholder:text-stone-400"
      />
      {preview && (
        <div aria-label="Preview of the description" role="region">
          {draft ? (
            <RichText text={draft} className="mt-1 rounded-md border border-stone-200 bg-stone-50 px-3 py-2" />
          ) : (
            <p className="mt-1 text-sm text-stone-500">Nothing to preview.</p>
          )}
        </div>
      )}
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
        Markdown. Ctrl+Enter saves, Escape cancels.
      </p>
      {conflict && (
        <ConflictNotice
          field="description"
          theirs={description ? <RichText text={description} /> : <em>No description</em>}
          mine={draft ? <RichText text={draft} /> : <em>No description</em>}
          editable
          pending={describe.isPending}
          onKeepMine={() => {
            save(draft);
          }}
          onTakeTheirs={() => {
            describe.takeTheirs();
            close();
          }}
        />
      )}
      {!conflict && <SaveCancel label="Save description" disabled={describe.isPending} onCancel={close} />}
      {describe.error && <Alert className="mt-2">{errorMessage(describe.error)}</Alert>}
    </form>
  );
}
