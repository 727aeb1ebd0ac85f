'use client';

import { usePathname, useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { cardLinks, focusCard, focusedTaskId } from './card-dom';
import { CommandPalette, type PalettePage } from './command-palette';
import { stepThrough } from './keymap';
import { PendingTaskPanel, type OpeningTask } from '../task-panel/pending-task-panel';
import { SelectionToolbar } from './selection-toolbar';
import { ShortcutHelp } from './shortcut-help';
import { useShortcuts } from './use-shortcuts';

interface BoardKeys {
  readonly selection: ReadonlySet<string>;
  readonly toggleSelected: (taskId: string) => void;
  readonly clearSelection: () => void;
  readonly openPalette: (page: PalettePage) => void;
  /** A card's link was followed: its panel shows at once with what the card knows, until the route's takes over. */
  readonly startOpening: (task: OpeningTask) => void;
  /** The route's panel is on screen: the one drawn while it was on its way goes. */
  readonly panelShown: () => void;
}

const BoardKeysContext = createContext<BoardKeys | null>(null);

export function useBoardKeys(): BoardKeys {
  const keys = useContext(BoardKeysContext);
  if (!keys) throw new Error('useBoardKeys outside BoardKeysProvider');
  return keys;
}

/** The tasks a picker changes: those selected, or else the one whose card has the focus. */
const targetsOf = (selection: ReadonlySet<string>) => {
  if (selection.size > 0) return [...selection];
  const focused = focusedTaskId();
  return focused ? [focused] : [];
};

/**
 * The keyboard of a project's pages: its shortcuts, the palette, the help sheet, the selection of cards, and the
 * panel shown while a task opens.
 */
export function BoardKeysProvider({
  projectId,
  projectKey,
  children,
}: {
  projectId: string;
  projectKey: string;
  children: React.ReactNode;
}) {
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [palette, setPalette] = useState<{ page: PalettePage; taskIds: string[] } | null>(null);
  // Where the focus was when the palette opened, to go back to on close (cmdk's dialog has no trigger to return to).
  const returnTo = useRef<{ element: Element | null; taskId: string | null } | null>(null);
  const [help, setHelp] = useState(false);
  const [opening, setOpening] = useState<OpeningTask | null>(null);
  const pathname = usePathname();
  const router = useRouter();
  const onTaskPage = /\/tasks\/\d+$/.test(pathname);

  const toggleSelected = useCallback((taskId: string) => {
    setSelection((current) => {
      const next = new Set(current);
      if (!next.delete(taskId)) next.add(taskId);
      return next;
    });
  }, []);
  const clearSelection = useCallback(() => {
    setSelection(new Set());
  }, []);
  const openPalette = useCallback(
    (page: PalettePage) => {
      returnTo.current = { element: document.activeElement, taskId: focusedTaskId() };
      setPalette({ page, taskIds: targetsOf(selection) });
    },
    [selection],
  );
  useEffect(() => {
    const back = returnTo.current;
    if (palette || !back) return;
    returnTo.current = null;
    // After the dialog's own focus handling, which runs on a timer once it has gone.
    const timer = setTimeout(() => {
      if (back.element instanceof HTMLElement && back.element.isConnected) back.element.focus();
      else if (back.taskId) focusCard(back.taskId);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [palette]);
  const startOpening = useCallback((task: OpeningTask) => {
    setOpening(task);
  }, []);
  const panelShown = useCallback(() => {
    setOpening(null);
  }, []);

  const step = (by: 1 | -1) => {
    const links = cardLinks();
    const focused = focusedTaskId();
    const current = links.findIndex((link) => link.closest('article')?.dataset.taskId === focused);
    const next = stepThrough(current, links.length, by);
    if (next === null) return;
    links[next]?.focus();
    links[next]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  useShortcuts({
    palette: () => {
      openPalette('root');
    },
    help: () => {
      setHelp(true);
    },
    create: () => {
      const field = document.querySelector<HTMLInputElement>('form[data-add-task] input');
      if (field) field.focus();
      else openPalette('create');
    },
    next: () => {
      step(1);
    },
    previous: () => {
      step(-1);
    },
    select: () => {
      const focused = focusedTaskId();
      if (focused) toggleSelected(focused);
    },
    status: () => {
      openPalette('status');
    },
    assign: () => {
      openPalette('assign');
    },
    priority: () => {
      openPalette('priority');
    },
    labels: () => {
      openPalette('labels');
    },
    clear: clearSelection,
  });

  const value = useMemo(
    () => ({ selection, toggleSelected, clearSelection, openPalette, startOpening, panelShown }),
    [selection, toggleSelected, clearSelection, openPalette, startOpening, panelShown],
  );

  return (
    <BoardKeysContext value={value}>
      {children}
      {opening && !onTaskPage && (
        <PendingTaskPanel
          task={opening}
          projectKey={projectKey}
          onClose={() => {
            setOpening(null);
            // The task's route may still be on its way: a navigation to where the person is supersedes it.
            router.replace(`${window.location.pathname}${window.location.search}`);
          }}
        />
      )}
      {palette && (
        <CommandPalette
          projectId={projectId}
          projectKey={projectKey}
          page={palette.page}
          taskIds={palette.taskIds}
          onHelp={() => {
            setHelp(true);
          }}
          onClose={() => {
            setPalette(null);
          }}
        />
      )}
      <SelectionToolbar projectId={projectId} selection={selection} onPick={openPalette} onClear={clearSelection} />
      <ShortcutHelp
        open={help}
        onClose={() => {
          setHelp(false);
        }}
      />
    </BoardKeysContext>
  );
}
