import type { Executor } from '../db/types';
import type { ProjectSnapshot } from './diff';
import { board } from '../read-models/board';
import { replayProject } from './replay-project';

/** A project's board-side read model right after `position` (empty at 0: before its first event). */
export async function snapshotAt(db: Executor, projectId: string, position: number): Promise<ProjectSnapshot> {
  if (position === 0) return { project: undefined, tasks: [] };
  const rows = await replayProject(db, projectId, position, [board]);
  return { project: await rows.get('projects', { id: projectId }), tasks: rows.rows('tasks') };
}
