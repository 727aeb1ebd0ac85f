'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { can } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { buttonStyles } from '../../../../_components/ui/styles';
import { ArchivedBanner } from './archived-banner';
import { LiveStatus } from './live-status';
import { ProjectSettingsDialog } from '../settings/project-settings-dialog';

export function ProjectHeader({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const { data: project } = useSuspenseQuery(trpc.project.getByKey.queryOptions({ key: projectKey }));
  const pathname = usePathname();
  // A view as of a point of history (`?at=`) changes nothing, not even the project's settings, and does not follow
  // the live changes either.
  const past = useSearchParams().has('at');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const owner = can(project.role, 'manageProject');
  const base = `/projects/${project.key}`;
  const tabs = [
    { href: base, label: 'Board', current: pathname === base },
    { href: `${base}/activity`, label: 'Activity', current: pathname === `${base}/activity` },
    { href: `${base}/history`, label: 'History', current: pathname.startsWith(`${base}/history`) },
    { href: `${base}/insights`, label: 'Insights', current: pathname === `${base}/insights` },
    { href: `${base}/members`, label: 'Members', current: pathname === `${base}/members` },
  ];

  return (
    // A landmark of its own, so the project's title and tabs are found as a region like the page below them.
    <section aria-labelledby="project-title" className="border-b border-stone-200 bg-white">
      <div className="px-4 pt-4 sm:px-6">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
          <Link href="/" className="rounded hover:text-stone-900 hover:underline">
            Projects
          </Link>
          <span aria-hidden="true"> / </span>
        </nav>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 id="project-title" className="min-w-0 text-xl font-semibold tracking-tight break-words sm:text-2xl">
            {project.name}
          </h1>
          <span className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-stone-700">
            {project.key}
          </span>
          {project.archived && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Archived</span>
          )}
          {!past && <LiveStatus />}
          {owner && !project.archived && !past && (
            <button
              type="button"
              onClick={() => {
                setSettingsOpen(true);
              }}
              className={`ml-auto ${buttonStyles.secondary}`}
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
              >
                <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
                <circle cx="7" cy="5" r="1.6" fill="white" />
                <circle cx="13" cy="10" r="1.6" fill="white" />
                <circle cx="8" cy="15" r="1.6" fill="white" />
              </svg>
              <span className="sr-only sm:not-sr-only">Project settings</span>
            </button>
          )}
        </div>
        {project.role === 'viewer' && (
          <p className="mt-1 text-sm text-stone-600">
            You can view this project. Ask an owner if you need to change it.
          </p>
        )}
        <nav aria-label="Project" className="mt-3 flex overflow-x-auto sm:gap-1">
          {tabs.map((tab) => (
            <Link
              key={tab.href}
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={`-mb-px inline-flex min-h-10 shrink-0 items-center border-b-2 px-2 text-sm font-medium sm:px-3 ${
                tab.current
                  ? 'border-indigo-600 text-indigo-700'
                  : 'border-transparent text-stone-600 hover:text-stone-900'
              }`}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
      </div>
      {project.archived && !past && (
        <ArchivedBanner projectId={project.id} projectKey={project.key} mayRestore={owner} />
      )}
      <ProjectSettingsDialog
        project={project}
        open={settingsOpen}
        onClose={() => {
          setSettingsOpen(false);
        }}
      />
    </section>
  );
}
