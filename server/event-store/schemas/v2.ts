import { z } from 'zod';
import { STATUS_CATEGORIES } from '@/domain';
import { v1 } from './v1';

/** Version 2: workflow statuses gained a category (backlog, unstarted, started, completed, canceled). */
const category = z.enum(STATUS_CATEGORIES);

export const v2 = {
  ProjectCreated: v1.ProjectCreated.extend({
    statuses: z.array(v1.ProjectCreated.shape.statuses.element.extend({ category })),
  }),
  StatusAdded: v1.StatusAdded.extend({ category }),
};
