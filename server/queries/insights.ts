import { and, eq } from 'drizzle-orm';
import { insightsFlow, insightsStatuses, insightsTasks, projectionVersions } from '../db/schema';
import type { Executor } from '../db/types';
import type { ReadRows } from '../read-models';

const DAY = 86_400_000;

/** The version of a projection that serves reads: the active one, until a newer one has caught up and replaced it. */
export async function activeVersion(db: Executor, name: string) {
  const [row] = await db
    .select()
    .from(projectionVersions)
    .where(and(eq(projectionVersions.name, name), eq(projectionVersions.state, 'active')));
  return row;
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const mondayOf = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

/**
 * A project's live flow metrics, from the active build of the Insights read model: the cumulative flow (tasks per
 * status at the end of each day), each completed task's cycle time (first started to completed, in days) and the
 * tasks completed per week. As of a point, the same answer comes from a replay (server/replay/views-at.ts).
 */
export async function readInsights(db: Executor, projectId: string) {
  const active = await activeVersion(db, 'insights');
  if (!active) return { ready: false as const };
  const { version } = active;
  const ofProject = (table: typeof insightsStatuses | typeof insightsFlow | typeof insightsTasks) =>
    and(eq(table.version, version), eq(table.projectId, projectId));
  return {
    ready: true as const,
    version,
    position: active.position,
    ...shapeInsights({
      statuses: await db.select().from(insightsStatuses).where(ofProject(insightsStatuses)),
      flow: await db.select().from(insightsFlow).where(ofProject(insightsFlow)),
      tasks: await db.select().from(insightsTasks).where(ofProject(insightsTasks)),
    }),
  };
}

/** The answer from one project's rows of the Insights read model, whether they come from SQL or from a replay. */
export function shapeInsights(rows: {
  statuses: readonly ReadRows['insightsStatuses'][];
  flow: readonly ReadRows['insightsFlow'][];
  tasks: readonly ReadRows['insightsTasks'][];
}) {
  const statuses = [...rows.statuses].sort((a, b) => a.place - b.place);
  const completed = rows.tasks.filter(
    (t): t is typeof t & { startedAt: Date; completedAt: Date } =>
      !t.deleted && t.startedAt !== null && t.completedAt !== null,
  );
  const cycleTimes = completed
    .map((t) => ({
      taskId: t.taskId,
      number: t.number,
      title: t.title,
      completedAt: t.completedAt,
      days: (t.completedAt.getTime() - t.startedAt.getTime()) / DAY,
    }))
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.taskId.localeCompare(b.taskId));
  const weeks = new Map<string, number>();
  for (const t of completed) weeks.set(mondayOf(t.completedAt), (weeks.get(mondayOf(t.completedAt)) ?? 0) + 1);

  return {
    statuses: statuses.map(({ statusId, name, category }) => ({ statusId, name, category })),
    flow: fillDays(
      [...rows.flow].sort((a, b) => a.day.localeCompare(b.day)),
      statuses.map((s) => s.statusId),
    ),
    cycleTimes,
    medianCycleDays: median(cycleTimes.map((c) => c.days)),
    throughput: fillWeeks(weeks),
  };
}

/** One point a day from the first recorded day to the last, each status carrying its last known count forward. */
function fillDays(rows: { day: string; statusId: string; tasks: number }[], statusIds: string[]) {
  const first = rows[0]?.day;
  if (!first) return [];
  const end = rows.at(-1)!.day;
  const counts = Object.fromEntries(statusIds.map((id) => [id, 0]));
  const points: { day: string; counts: Record<string, number> }[] = [];
  let i = 0;
  for (let day = first; day <= end; day = new Date(Date.parse(day) + DAY).toISOString().slice(0, 10)) {
    for (; i < rows.length && rows[i]!.day === day; i++) counts[rows[i]!.statusId] = rows[i]!.tasks;
    points.push({ day, counts: { ...counts } });
  }
  return points;
}

function fillWeeks(weeks: Map<string, number>) {
  const keys = [...weeks.keys()].sort();
  const first = keys[0];
  if (!first) return [];
  const out: { week: string; completed: number }[] = [];
  for (let week = first; week <= keys.at(-1)!; week = new Date(Date.parse(week) + 7 * DAY).toISOString().slice(0, 10)) {
    out.push({ week, completed: weeks.get(week) ?? 0 });
  }
  return out;
}
