import Link from 'next/link';
import type { SearchResults } from '../../_lib/router-types';
import { EventLines, TaskLines } from '../../_components/search/search-option';
import { historyHref, taskHref } from '../../_components/search/search-hits';

const itemStyles = 'block rounded-md px-3 py-2 text-sm hover:bg-stone-100';

/** Every result, as plain links: Tab moves through them and Enter opens one. */
export function SearchResultsList({ results }: { results: SearchResults }) {
  return (
    <>
      <section aria-labelledby="search-tasks" className="mt-6">
        <h2 id="search-tasks" className="text-lg font-semibold">
          Tasks
        </h2>
        {results.tasks.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">No task matches.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {results.tasks.map((hit) => (
              <li key={hit.taskId}>
                <Link href={taskHref(hit)} className={itemStyles}>
                  <TaskLines hit={hit} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="search-history" className="mt-6">
        <h2 id="search-history" className="text-lg font-semibold">
          History
        </h2>
        {results.history.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">No history entry matches.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {results.history.map((hit) => (
              <li key={hit.position}>
                <Link href={historyHref(hit)} className={itemStyles}>
                  <EventLines hit={hit} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
