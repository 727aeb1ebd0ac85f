'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';

export function ArchiveProject({ projectId, onArchived }: { projectId: string; onArchived: () => void }) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const archive = useMutation(
    trpc.project.archive.mutationOptions({
      onSuccess: async (result) => {
        await live.settled(result);
        onArchived();
      },
    }),
  );

  return (
    <section aria-labelledby="archive-heading" className="rounded-lg border border-stone-200 p-4">
      <h3 id="archive-heading" className="text-sm font-semibold">
        Archive
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        An archived project stays readable, with its whole history, but nothing in it can change until it is restored.
      </p>
      <button
        type="button"
        disabled={archive.isPending}
        onClick={() => {
          archive.mutate({ projectId, commandId: newCommandId() });
        }}
        className={`mt-3 ${buttonStyles.danger}`}
      >
        Archive project
      </button>
      {archive.error && <Alert className="mt-2">{errorMessage(archive.error)}</Alert>}
    </section>
  );
}
