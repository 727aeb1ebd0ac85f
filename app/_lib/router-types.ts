import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

type Outputs = inferRouterOutputs<AppRouter>;

export type Me = NonNullable<Outputs['account']['me']>;
export type ProjectSummary = Outputs['project']['list'][number];
export type Project = Outputs['project']['get'];
export type Member = Outputs['project']['members'][number];
export type PendingInvitation = Outputs['project']['invitations'][number];
export type Status = Project['statuses'][number];
export type Board = Outputs['board']['get'];
export type BoardTask = Board['columns'][number]['tasks'][number];
export type TaskDetails = Outputs['task']['get'];
export type Comment = TaskDetails['comments'][number];
export type TaskBlame = Outputs['task']['blame'];
export type ActivityEntry = Outputs['history']['list']['items'][number];
export type AsOf = NonNullable<Board['asOf']>;
export type AroundChanges = Outputs['history']['around'];
export type InspectedEvent = Outputs['history']['event'];
export type ProjectDiff = Outputs['history']['diff']['diff'];
export type TaskDiff = ProjectDiff['tasks'][number];
export type FieldChange = ProjectDiff['project'][number];
export type NamedPoint = Outputs['project']['namedPoints'][number];
export type SearchResults = Outputs['search']['query'];
export type SearchTaskHit = SearchResults['tasks'][number];
export type SearchHistoryHit = SearchResults['history'][number];
export type SearchSegment = SearchTaskHit['title'][number];
export type BulkChange = inferRouterInputs<AppRouter>['task']['bulk']['change'];
