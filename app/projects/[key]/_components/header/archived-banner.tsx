'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import { useLiveProject } from '../../_lib/live/live-project';
import { Alert } from '../../../../_components/ui/alert';
import { buttonStyles } from '../../../../_components/ui/styles';

/**
 * An archived project is read-only: restoring it is the one change allowed, to its owners, who may also take its
 * history away (its settings, where "Download history" lives otherwise, are closed while it is archived).
 */
export function ArchivedBanner({
  projectId,
  projectKey,
  mayRestore,
}: {
  projectId: string;
  projectKey: string;
  mayRestore: boolean;
}) {
  const trpc = useTRPC();
  const live = useLiveProject();
  const restore = useMutation(trpc.project.restore.mutationOptions({ onSuccess: live.settled }));

  return (
    <div className="border-t border-amber-200 bg-amber-50">
      <div className="flex flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <p className="flex-1 text-sm text-amber-900">
          <strong className="font-semibold">This project is archived.</strong> You can look around, but nothing can be
          changed until {mayRestore ? 'it is restored' : 'an owner restores it'}.
        </p>
        {mayRestore && (
          <button
            type="button"
            disabled={restore.isPending}
            onClick={() => {
              restore.mutate({ projectId, commandId: newCommandId() });
            }}
            className={buttonStyles.secondary}
          >
            Restore project
          </button>
        )}
        {mayRestore && (
          <a href={`/api/projects/${projectKey}/history`} download className={buttonStyles.secondary}>
            Download history
          </a>
        )}
        {restore.error && <Alert className="w-full">{errorMessage(restore.error)}</Alert>}
      </div>
    </div>
  );
}
