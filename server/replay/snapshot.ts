import type { Executor } from '../db/types';
import type { ProjectSnapshot } from './diff';
import { board } from '../read-models/board';
import { comments } from '../read-models/comments';
import { replayProject } from './replay-project';

/** A project's board and comments read models right after `position` (empty at 0: before its first event). */
export async function snapshotAt(db: Executor, projectId: string, position: number): Promise<ProjectSnapshot> {
  if (position === 0) return { project: undefined, tasks: [], comments: [] };
  const rows = await replayProject(db, projectId, position, [board, comments]);
  return {
    project: await rows.get('projects', { id: projectId }),
    tasks: rows.rows('tasks'),
    comments: rows.rows('comments'),
  };
}
