'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../_trpc/client';

/** The projects the signed-in person belongs to, with their role in each. */
export function ProjectList() {
  const trpc = useTRPC();
  const { data: projects } = useSuspenseQuery(trpc.project.list.queryOptions());

  if (projects.length === 0) {
    return (
      <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">
        You are not a member of any project yet. Create one, or ask an owner of one to invite you.
      </p>
    );
  }
  return (
    <ul
      className="mt-6 divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white"
      aria-label="Projects"
    >
      {projects.map((project) => (
        <li key={project.id}>
          <Link
            href={`/projects/${project.key}`}
            className="flex min-h-16 items-center gap-3 px-4 py-3 hover:bg-stone-50 focus-visible:-outline-offset-2"
          >
            <span className="w-16 shrink-0 rounded bg-stone-100 px-1.5 py-0.5 text-center font-mono text-xs font-semibold text-stone-700">
              {project.key}
            </span>
            <span className="min-w-0 flex-1 truncate font-medium">{project.name}</span>
            {project.archived && (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Archived</span>
            )}
            <span className="shrink-0 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 capitalize">
              {project.role}
            </span>
            <span className="shrink-0 text-sm text-stone-500">
              {project.taskCount} {project.taskCount === 1 ? 'task' : 'tasks'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
