'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { buttonStyles } from '../../../../_components/ui/styles';
import { useLiveProject } from '../../_lib/live/live-project';
import { useCan } from '../../_lib/use-can';
import { useMembers } from '../../_lib/use-members';
import { changeText, headlineOf, undoable } from './toast-text';

/** The procedures whose changes a toast reports, with an Undo: a person's changes to tasks, the workflow, the history. */
const REPORTED =
  /^(task\.(?!get|blame|textChange)|project\.(rename|archive|restore|addStatus|renameStatus|moveStatus|removeStatus|namePoint|unnamePoint)$|history\.(undo|restore)$)/;
const SHOWN_MS = 10_000;

type Toast =
  { kind: 'done'; text: string; commandId: string; undo: 'Undo' | 'Redo' | null } | { kind: 'refused'; text: string };

/**
 * After each change a person makes here, a toast says what happened, with Undo (or Redo, after an undo); Ctrl+Z or
 * Cmd+Z, outside a text field, undoes their latest change in this project, and again the one before. Every undo is a
 * command (history.undo) judged by the server, which refuses it, with what changed, if the thing changed since.
 */
export function UndoToasts({ projectId, projectKey }: { projectId: string; projectKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveProject();
  const people = useMembers(projectId);
  const mayChange = useCan(projectKey, 'changeTasks');
  const [toast, show] = useState<Toast | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      show(null);
    }, SHOWN_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [toast]);

  const report = useCallback(
    async (commandId: string) => {
      const entries = await queryClient.query(trpc.history.command.queryOptions({ projectId, commandId }));
      const headline = headlineOf(entries);
      if (!headline) return;
      const redoable = headline.type === 'ChangeUndone' && !headline.details.redo;
      show({
        kind: 'done',
        text: changeText(headline, people.nameOf),
        commandId,
        undo: !undoable(entries) ? null : redoable ? 'Redo' : 'Undo',
      });
    },
    [queryClient, trpc, projectId, people, show],
  );

  const undo = useMutation(
    trpc.history.undo.mutationOptions({
      onSuccess: (result) => live.settled(result),
      onError: (error) => {
        show({ kind: 'refused', text: errorMessage(error) });
        return live.refused();
      },
    }),
  );
  const undoCommand = useCallback(
    (undoneCommandId: string) => {
      if (!undo.isPending) undo.mutate({ commandId: newCommandId(), projectId, undoneCommandId });
    },
    [undo, projectId],
  );

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const { mutation } = event;
        const path = (mutation.options.mutationKey?.[0] as string[] | undefined)?.join('.') ?? '';
        const variables = mutation.state.variables as { commandId?: string } | undefined;
        const data = event.action.data as { position?: number | null } | undefined;
        if (!REPORTED.test(path) || !variables?.commandId || data?.position == null) return;
        void report(variables.commandId);
      }),
    [queryClient, report],
  );

  useEffect(() => {
    if (!mayChange) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z')
        return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      void queryClient
        .query({ ...trpc.history.lastUndoable.queryOptions({ projectId }), staleTime: 0 })
        .then((last) => {
          if (last) undoCommand(last.commandId);
          else show({ kind: 'refused', text: 'Nothing of yours to undo in this project.' });
        });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [mayChange, queryClient, trpc, projectId, undoCommand, show]);

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <div role="status" aria-live="polite" aria-label="Last change">
        {toast && (
          <div className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg bg-stone-900 px-4 py-3 text-sm text-white shadow-lg">
            <p className={toast.kind === 'refused' ? 'text-amber-200' : undefined}>{toast.text}</p>
            {toast.kind === 'done' && toast.undo && mayChange && (
              <button
                type="button"
                disabled={undo.isPending}
                onClick={() => {
                  undoCommand(toast.commandId);
                }}
                className={`${buttonStyles.secondary} min-h-8 shrink-0 px-3`}
              >
                {toast.undo}
              </button>
            )}
            <button
              type="button"
              aria-label="Dismiss"
              onClick={() => {
                show(null);
              }}
              className="shrink-0 rounded px-1 text-stone-300 hover:text-white"
            >
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

/** Where Ctrl+Z belongs to the field: the browser's own undo of typing. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)
  );
}
