import { boardRouter } from './routers/board';
import { historyRouter } from './routers/history';
import { insightsRouter } from './routers/insights';
import { liveRouter } from './routers/live';
import { peopleRouter } from './routers/people';
import { projectRouter } from './routers/project';
import { taskRouter } from './routers/task';
import { createCallerFactory, createRouter } from './trpc';

export const appRouter = createRouter({
  project: projectRouter,
  task: taskRouter,
  board: boardRouter,
  history: historyRouter,
  insights: insightsRouter,
  live: liveRouter,
  people: peopleRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
