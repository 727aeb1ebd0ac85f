import type { SearchHistoryHit, SearchTaskHit } from '../../_lib/router-types';

export const taskHref = (hit: SearchTaskHit) => `/projects/${hit.key}/tasks/${hit.number}`;
export const historyHref = (hit: SearchHistoryHit) => `/projects/${hit.key}/history/${hit.position}`;
export const searchHref = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;

const KINDS: Record<string, string> = {
  ProjectCreated: 'Project created',
  ProjectRenamed: 'Project renamed',
  StatusAdded: 'Status added',
  StatusRenamed: 'Status renamed',
  PointNamed: 'Point named',
  PointUnnamed: 'Point unnamed',
  TaskCreated: 'Task created',
  TaskRenamed: 'Task renamed',
  TaskDescribed: 'Description changed',
  TaskLabeled: 'Labels changed',
  CommentAdded: 'Comment',
  CommentEdited: 'Comment edited',
};

/** What kind of change a history hit is, in a person's words. */
export const historyKind = (type: string) => KINDS[type] ?? type;
