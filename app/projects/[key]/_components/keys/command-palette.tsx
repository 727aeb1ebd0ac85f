'use client';

import { useQuery } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PRIORITIES } from '@/domain/vocabulary';
import { useTRPC } from '../../../../_trpc/client';
import { newCommandId } from '../../../../_lib/command-id';
import { errorMessage } from '../../../../_lib/error-message';
import type { BoardTask, Status } from '../../../../_lib/router-types';
import { PRIORITY_LABELS } from '../../../../_components/ui/priority-badge';
import { taskHref } from '../../_lib/links';
import { useAddTask } from '../board/use-add-task';
import { useCan } from '../../_lib/use-can';
import { keysOf, type ShortcutAction } from './keymap';
import { ShortcutKeys } from './shortcut-keys';
import { useChangeTasks } from './use-change-tasks';

export type PalettePage = 'root' | 'create' | 'status' | 'assign' | 'priority' | 'labels';

interface CommandPaletteProps {
  projectId: string;
  projectKey: string;
  page: PalettePage;
  /** The tasks its changes apply to: those selected, or the focused card's. */
  taskIds: readonly string[];
  onHelp: () => void;
  onClose: () => void;
}

const SHOWN_TASKS = 50;

/** Every word typed appears somewhere in the text, in any order and case. */
const matches = (text: string, search: string) => {
  const lower = text.toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .every((word) => lower.includes(word));
};

const itemStyles =
  'flex min-h-10 cursor-pointer items-center justify-between gap-3 rounded-md px-3 py-2 text-sm text-stone-800 data-[selected=true]:bg-indigo-50 data-[selected=true]:text-indigo-900';
const headingStyles =
  '[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-stone-500';

/**
 * Ctrl/Cmd+K: go to a task or a project, create a task, change the focused or selected tasks. cmdk's dialog, labelled;
 * arrows and Enter pick, Escape closes, Backspace in an empty search goes back to the first page.
 */
export function CommandPalette({
  projectId,
  projectKey,
  page: firstPage,
  taskIds,
  onHelp,
  onClose,
}: CommandPaletteProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [page, setPage] = useState(firstPage);
  const [search, setSearch] = useState('');
  const board = useQuery(trpc.board.get.queryOptions({ projectId })).data;
  const projects = useQuery(trpc.project.list.queryOptions()).data ?? [];
  const members = useQuery(trpc.project.members.queryOptions({ projectId })).data ?? [];
  const mayChange = useCan(projectKey, 'changeTasks') && board?.project.archived === false;
  const { change, error, isPending } = useChangeTasks(projectId);
  const create = useAddTask(projectId);

  const tasks: BoardTask[] = board?.columns.flatMap((c) => c.tasks) ?? [];
  const statuses: readonly Status[] = board?.project.statuses ?? [];
  const targets = tasks.filter((t) => taskIds.includes(t.id));
  const targetName =
    targets.length === 1 && targets[0] ? `${projectKey}-${targets[0].number}` : `${targets.length} selected tasks`;
  const labels = [...new Set(tasks.flatMap((t) => t.labels))].sort();

  const go = (href: string) => {
    onClose();
    router.push(href);
  };
  const apply = (changeOf: Parameters<typeof change>[1]) => {
    change(
      targets.map((t) => t.id),
      changeOf,
      onClose,
    );
  };
  const open = (next: PalettePage) => () => {
    setPage(next);
    setSearch('');
  };

  const item = (value: string, label: React.ReactNode, onSelect: () => void, shortcut?: ShortcutAction) =>
    matches(value, search) ? (
      <Command.Item key={value} value={value} onSelect={onSelect} disabled={isPending} className={itemStyles}>
        <span className="min-w-0 truncate">{label}</span>
        {shortcut && <ShortcutKeys keys={keysOf(shortcut)} />}
      </Command.Item>
    ) : null;

  const pickers: Record<Exclude<PalettePage, 'root' | 'create'>, React.ReactNode> = {
    status: statuses.map((status) =>
      item(`Move to ${status.name}`, `Move to ${status.name}`, () => {
        apply({ kind: 'move', toStatusId: status.id });
      }),
    ),
    assign: [
      item('Unassigned', 'Unassign', () => {
        apply({ kind: 'assign', assigneeId: null });
      }),
      ...members
        .filter((m) => m.active && m.role !== 'viewer')
        .map((person) =>
          item(`Assign to ${person.name}`, `Assign to ${person.name}`, () => {
            apply({ kind: 'assign', assigneeId: person.userId });
          }),
        ),
    ],
    priority: PRIORITIES.map((priority) =>
      item(`Priority ${PRIORITY_LABELS[priority]}`, `Priority: ${PRIORITY_LABELS[priority]}`, () => {
        apply({ kind: 'prioritize', priority });
      }),
    ),
    labels: [
      ...labels.flatMap((label) => {
        const onAll = targets.length > 0 && targets.every((t) => t.labels.includes(label));
        return item(
          `${onAll ? 'Remove' : 'Add'} label ${label}`,
          `${onAll ? 'Remove' : 'Add'} label “${label}”`,
          () => {
            apply({ kind: 'label', add: onAll ? [] : [label], remove: onAll ? [label] : [] });
          },
        );
      }),
      search.trim() && !labels.includes(search.trim()) ? (
        <Command.Item
          key="new-label"
          value="new-label"
          onSelect={() => {
            apply({ kind: 'label', add: [search.trim()], remove: [] });
          }}
          className={itemStyles}
        >
          Add new label “{search.trim()}”
        </Command.Item>
      ) : null,
    ],
  };

  const firstStatus = statuses[0];
  const placeholder =
    page === 'create'
      ? 'Title of the new task…'
      : page === 'labels'
        ? 'Find or type a label…'
        : page === 'root'
          ? 'Search tasks, projects and actions…'
          : 'Search…';

  return (
    <Command.Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      label="Command palette"
      shouldFilter={false}
      loop
      overlayClassName="fixed inset-0 z-50 bg-stone-900/30"
      contentClassName="fixed top-[12vh] left-1/2 z-50 w-[calc(100%-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-stone-200"
    >
      {page !== 'root' && targets.length > 0 && page !== 'create' && (
        <p className="border-b border-stone-100 px-4 pt-3 pb-2 text-xs font-medium text-stone-500">{targetName}</p>
      )}
      <Command.Input
        value={search}
        onValueChange={setSearch}
        placeholder={placeholder}
        aria-label={placeholder}
        onKeyDown={(event) => {
          if (event.key === 'Backspace' && search === '' && page !== 'root') {
            event.preventDefault();
            setPage('root');
          }
        }}
        className="w-full border-b border-stone-200 px-4 py-3 text-base outline-none placeholder:text-stone-500"
      />
      {(error ?? create.error) && (
        <p role="alert" className="px-4 pt-2 text-sm text-red-700">
          {error ?? errorMessage(create.error)}
        </p>
      )}
      <Command.List label="Commands" className={`max-h-[55vh] overflow-y-auto p-2 ${headingStyles}`}>
        <Command.Empty className="px-3 py-6 text-center text-sm text-stone-500">Nothing matches.</Command.Empty>
        {page === 'root' && (
          <>
            {mayChange && targets.length > 0 && (
              <Command.Group heading={targetName}>
                {item('Move to status', 'Move to status…', open('status'), 'status')}
                {item('Assign', 'Assign…', open('assign'), 'assign')}
                {item('Set priority', 'Set priority…', open('priority'), 'priority')}
                {item('Labels', 'Labels…', open('labels'), 'labels')}
                {item(`Delete ${targetName}`, `Delete ${targetName}`, () => {
                  apply({ kind: 'delete' });
                })}
              </Command.Group>
            )}
            <Command.Group heading="Actions">
              {mayChange && firstStatus && item('Create task', 'Create task…', open('create'), 'create')}
              {item(
                'Keyboard shortcuts',
                'Keyboard shortcuts',
                () => {
                  onClose();
                  onHelp();
                },
                'help',
              )}
            </Command.Group>
            <Command.Group heading="Tasks">
              {tasks
                .filter((t) => matches(`${projectKey}-${t.number} ${t.title}`, search))
                .slice(0, SHOWN_TASKS)
                .map((t) => (
                  <Command.Item
                    key={t.id}
                    value={`task-${t.id}`}
                    onSelect={() => {
                      go(taskHref(projectKey, t.number));
                    }}
                    className={itemStyles}
                  >
                    <span className="min-w-0 truncate">
                      <span className="mr-2 font-mono text-xs text-stone-500">
                        {projectKey}-{t.number}
                      </span>
                      {t.title}
                    </span>
                  </Command.Item>
                ))}
            </Command.Group>
            <Command.Group heading="Projects">
              {projects.map((p) =>
                item(`Go to project ${p.name} ${p.key}`, `Go to ${p.name}`, () => {
                  go(`/projects/${p.key}`);
                }),
              )}
            </Command.Group>
          </>
        )}
        {page === 'create' &&
          firstStatus &&
          (search.trim() ? (
            statuses.map((status) => (
              <Command.Item
                key={status.id}
                value={`create-in-${status.id}`}
                onSelect={() => {
                  // The card shows at once; the palette stays until the answer, to say why if it is refused.
                  create.mutate(
                    { projectId, statusId: status.id, title: search.trim(), commandId: newCommandId() },
                    { onSuccess: onClose },
                  );
                }}
                className={itemStyles}
              >
                Create “{search.trim()}” in {status.name}
              </Command.Item>
            ))
          ) : (
            <p className="px-3 py-6 text-center text-sm text-stone-500">Type the new task&apos;s title.</p>
          ))}
        {page !== 'root' &&
          page !== 'create' &&
          (targets.length > 0 && mayChange ? (
            <Command.Group heading={targetName}>{pickers[page]}</Command.Group>
          ) : (
            <p className="px-3 py-6 text-center text-sm text-stone-500">
              {mayChange
                ? 'Focus a task first (J and K) or select some (X).'
                : 'You can read this board but not change it.'}
            </p>
          ))}
      </Command.List>
    </Command.Dialog>
  );
}
