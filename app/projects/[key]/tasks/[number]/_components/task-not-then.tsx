import Link from 'next/link';
import { buttonStyles } from '../../../../../_components/ui/styles';
import { boardHref, taskHref } from '../../../_lib/links';

/** A link as of a point before the task was created (or to a number the project never had). */
export function TaskNotThen({ projectKey, number, at }: { projectKey: string; number: number; at: number }) {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h2 className="text-2xl font-semibold">
        {projectKey}-{number} did not exist at that point
      </h2>
      <p className="mt-2 text-stone-600">This link shows the project as it was before the task was created.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href={taskHref(projectKey, number)} className={buttonStyles.primary}>
          See the task now
        </Link>
        <Link href={boardHref(projectKey, at)} className={buttonStyles.secondary}>
          Board at that point
        </Link>
      </div>
    </main>
  );
}
