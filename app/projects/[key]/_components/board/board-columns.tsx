'use client';

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { newCommandId } from '../../../../_lib/command-id';
import type { Board, BoardTask } from '../../../../_lib/router-types';
import { Alert } from '../../../../_components/ui/alert';
import { useCan } from '../../_lib/use-can';
import { BoardColumn } from './board-column';
import { ColumnSwitcher } from './column-switcher';
import { columnOf, landingPlace, layoutOf, placeTask, type Layout } from './board-layout';
import { boardAnnouncements, screenReaderInstructions } from './drag-accessibility';
import { boardKeyboardCoordinates } from './keyboard-coordinates';
import { HandleToFocus } from './handle-focus';
import { TaskCardView } from './task-card';
import { useColumnCollisions } from './use-column-collisions';
import { useMoveTask } from './use-move-task';

const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

interface BoardColumnsProps {
  board: Board;
  /** Which tasks the filters let through; all when left out. */
  shows?: (task: BoardTask) => boolean;
}

export function BoardColumns({ board, shows }: BoardColumnsProps) {
  const { project, asOf } = board;
  // The past cannot be changed: a board as of a point is as read-only as an archived one, or as any board to a viewer.
  const readOnly = !useCan(project.key, 'changeTasks') || project.archived || asOf !== null;
  const saved = useMemo(() => layoutOf(board), [board]);
  const tasks = useMemo(() => new Map(board.columns.flatMap((c) => c.tasks.map((t) => [t.id, t] as const))), [board]);
  // While a card is carried (and until the cache shows where it landed) the columns follow this arrangement.
  const [dragLayout, setDragLayout] = useState<Layout | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const keep = useCallback((taskId: string) => {
    setKept((current) => new Set(current).add(taskId));
  }, []);
  const layout = dragLayout ?? saved;
  const { move, error, dismissError } = useMoveTask(project.id, () => {
    setDragLayout(null);
  });

  const statusIds = useMemo(() => project.statuses.map((s) => s.id), [project.statuses]);
  const coordinateGetter = useMemo(() => boardKeyboardCoordinates(statusIds), [statusIds]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const { collisionDetection, markColumnChange } = useColumnCollisions(layout, activeId);

  const taskRef = useCallback(
    (id: string) => {
      const task = tasks.get(id);
      return task ? `${project.key}-${task.number}` : 'the task';
    },
    [tasks, project.key],
  );
  const statusName = useCallback(
    (id: string) => project.statuses.find((s) => s.id === id)?.name ?? 'a column',
    [project.statuses],
  );
  const announcements = useMemo(
    () => boardAnnouncements({ layout, taskRef, statusName }),
    [layout, taskRef, statusName],
  );

  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    const release = () => {
      setRefocus(null);
    };
    document.addEventListener('keydown', release, true);
    document.addEventListener('pointerdown', release, true);
    return () => {
      document.removeEventListener('keydown', release, true);
      document.removeEventListener('pointerdown', release, true);
    };
  }, [refocus]);

  function handleDragOver(event: DragOverEvent) {
    const current = dragLayout ?? saved;
    const place = landingPlace(current, event);
    const from = columnOf(current, String(event.active.id));
    if (!place || place.to === from) return;
    markColumnChange();
    setDragLayout(placeTask(current, String(event.active.id), place.to, place.index));
  }

  function handleDragEnd(event: DragEndEvent) {
    setActiveId(null);
    const current = dragLayout ?? saved;
    const place = landingPlace(current, event);
    const task = tasks.get(String(event.active.id));
    if (!place || !task) {
      setDragLayout(null);
      return;
    }
    const final = placeTask(current, task.id, place.to, place.index);
    const index = final[place.to]?.indexOf(task.id) ?? 0;
    if (task.statusId === place.to && saved[place.to]?.indexOf(task.id) === index) {
      setDragLayout(null);
      return;
    }
    setDragLayout(final);
    // A card dropped in another column is drawn anew there: the keyboard's focus follows it to its new handle.
    if (event.activatorEvent instanceof KeyboardEvent) setRefocus(task.id);
    keep(task.id);
    move({ taskId: task.id, toStatusId: place.to, index, commandId: newCommandId() });
  }

  const activeTask = activeId ? tasks.get(activeId) : undefined;
  const shownIn = (statusId: string) =>
    (layout[statusId] ?? []).flatMap((id) => {
      const task = tasks.get(id);
      return task && (!shows || shows(task)) ? [task] : [];
    });
  const counts = new Map(board.columns.map((c) => [c.status.id, shownIn(c.status.id).length]));

  return (
    <>
      {error && (
        <div className="mb-3 flex items-start gap-2 px-4 sm:px-6">
          <Alert className="flex-1">
            Could not move {taskRef(error.taskId)}: {error.message}
          </Alert>
          <button
            type="button"
            onClick={dismissError}
            className="min-h-10 rounded-md px-3 text-sm text-stone-600 hover:bg-stone-200"
          >
            Dismiss
          </button>
        </div>
      )}
      <DndContext
        // A stable id, so that the server and the browser name the drag instructions alike (the handles' aria-describedby).
        id={`board-${project.id}`}
        sensors={sensors}
        collisionDetection={collisionDetection}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={({ active }) => {
          dismissError();
          setActiveId(String(active.id));
          setDragLayout(saved);
        }}
        onDragOver={handleDragOver}
        onDragEnd={handleDragEnd}
        onDragCancel={() => {
          setActiveId(null);
          setDragLayout(null);
        }}
      >
        <HandleToFocus value={refocus}>
          <ColumnSwitcher board={board} counts={counts} />
          <div
            data-board-scroller
            className="snap-x snap-mandatory overflow-x-auto overscroll-x-contain pb-6 sm:snap-none"
          >
            <div className="flex w-max items-start gap-3 px-4 sm:px-6 xl:w-full">
              {board.columns.map((column) => (
                <BoardColumn
                  key={column.status.id}
                  projectId={project.id}
                  projectKey={project.key}
                  status={column.status}
                  tasks={shownIn(column.status.id)}
                  readOnly={readOnly}
                  asOf={asOf}
                  kept={kept}
                  onAdded={keep}
                />
              ))}
            </div>
          </div>
        </HandleToFocus>
        <DragOverlay>
          {activeTask ? <TaskCardView task={activeTask} projectKey={project.key} handle={null} lifted /> : null}
        </DragOverlay>
      </DndContext>
    </>
  );
}
