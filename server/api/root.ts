import { accountRouter } from './routers/account';
import { boardRouter } from './routers/board';
import { historyRouter } from './routers/history';
import { inboxRouter } from './routers/inbox';
import { insightsRouter } from './routers/insights';
import { invitationRouter } from './routers/invitation';
import { logRouter } from './routers/log';
import { liveRouter } from './routers/live';
import { projectRouter } from './routers/project';
import { searchRouter } from './routers/search';
import { taskRouter } from './routers/task';
import { createCallerFactory, createRouter } from './trpc';

export const appRouter = createRouter({
  account: accountRouter,
  project: projectRouter,
  invitation: invitationRouter,
  task: taskRouter,
  board: boardRouter,
  history: historyRouter,
  insights: insightsRouter,
  live: liveRouter,
  search: searchRouter,
  inbox: inboxRouter,
  log: logRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
