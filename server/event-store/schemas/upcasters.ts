import type { z } from 'zod';
import { inferStatusCategory } from './status-categories';
import type { v1 } from './v1';

/** v1 -> v2 of ProjectCreated: each status of the initial workflow gets the category its name or place implies. */
export function projectCreatedV1toV2(data: z.infer<typeof v1.ProjectCreated>) {
  const count = data.statuses.length;
  return {
    ...data,
    statuses: data.statuses.map((s, index) => ({ ...s, category: inferStatusCategory(s.name, { index, count }) })),
  };
}

/** v1 -> v2 of StatusAdded: a status added later gets the category its name implies, else "started". */
export function statusAddedV1toV2(data: z.infer<typeof v1.StatusAdded>) {
  return { ...data, category: inferStatusCategory(data.name) };
}
