import { buttonStyles } from '../../../../_components/ui/styles';

/** The project's whole log as a file, which "Import a project" (here or on another installation) reads back. */
export function DownloadHistory({ projectKey }: { projectKey: string }) {
  return (
    <section aria-labelledby="download-history-heading" className="rounded-lg border border-stone-200 p-4">
      <h3 id="download-history-heading" className="text-sm font-semibold">
        Your data
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        Every event of this project, in order, as one file: import it into any Chronicle to get this project back with
        its whole history.
      </p>
      <a href={`/api/projects/${projectKey}/history`} download className={`mt-3 ${buttonStyles.secondary}`}>
        Download history
      </a>
    </section>
  );
}
