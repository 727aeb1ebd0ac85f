import { sql } from 'drizzle-orm';
import { executePrepared } from '../db/prepared';
import { rowsOf } from '../db/rows';
import { activityView, commentsView, events, membersView, projectsView, tasksView } from '../db/schema';
import { commentDocument, eventDocument, eventShownText, SEARCH_CONFIG, taskDocument } from '../db/schema/search-text';
import type { Executor } from '../db/types';
import { hasMatch, MATCH_END, MATCH_START, searchTerms, segmentsOf, type Segment } from './search-terms';

export interface SearchScope {
  readonly userId: string;
  /** One project (already checked to be one the person reads), or every project they are a member of. */
  readonly projectId?: string;
  readonly limit: number;
}

export interface TaskHit {
  readonly taskId: string;
  readonly projectId: string;
  readonly key: string;
  readonly number: number;
  readonly title: Segment[];
  readonly status: string | null;
  /** Where else it matched, at most one of its description and its best comment, and the labels that matched. */
  readonly description: Segment[] | null;
  readonly comment: Segment[] | null;
  readonly labels: string[];
  readonly numberMatched: boolean;
}

export interface HistoryHit {
  readonly position: number;
  readonly projectId: string;
  readonly key: string;
  readonly type: string;
  readonly at: Date;
  /** The task it is about, named as it was then ("WEB-12"), when it is about one. */
  readonly task: string | null;
  /** Whether that task is deleted now: its events are still history, but the task is on no board. */
  readonly taskDeleted: boolean;
  readonly text: Segment[];
}

type Sql = ReturnType<typeof sql>;

const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const WHOLE = `HighlightAll=true, ${MARKS}`;
const EXCERPT = `MaxFragments=2, MaxWords=14, MinWords=5, FragmentDelimiter=" … ", ${MARKS}`;
// The marks cannot be forged: the characters that make them are taken out of the text first.
const unmarked = (text: unknown) => sql`translate(${text}, ${MATCH_START + MATCH_END}, '')`;
/** A short text is shown whole, a long one by the fragments around its matches. */
const headline = (text: unknown, query: Sql) =>
  sql`ts_headline(${SEARCH_CONFIG}, ${unmarked(text)}, ${query}, case when length(${text}) <= ${WHOLE_UP_TO} then ${WHOLE} else ${EXCERPT} end)`;
const WHOLE_UP_TO = 160;
const NUMBER_MATCH = 1_000;
/**
 * A task whose comments match counts as a match of weight D (what `ts_rank` gives one unweighted match), without
 * ranking each comment: a common word is in thousands of them, and ranking recomputes each one's document.
 */
const COMMENT_MATCH = 0.06;
/** How far back from the newest event the log is searched first. */
const RECENT = 2_000;

/**
 * Tasks and history entries whose words match, in the projects the person is an active member of. Tasks come best
 * first by `ts_rank` (title, then labels, then description, then comments), a task asked for by its number before all;
 * history comes newest first. Deleted tasks and deleted comments are not searched, nor history text of a comment that
 * is now deleted. Every match is found through a GIN index, in a materialized step: planned with the LIMIT beside it,
 * PostgreSQL would rather walk the log newest first and compute every event's document (900 ms on the 100,000-event
 * bench project once analysed). Only the page returned is highlighted.
 */
export async function search(db: Executor, q: string, scope: SearchScope) {
  const terms = searchTerms(q);
  if (!terms.head && !terms.prefix && !terms.ref) return { tasks: [], history: [] };
  const query = sql`(websearch_to_tsquery(${SEARCH_CONFIG}, ${terms.head}) && case when ${terms.prefix} = '' then ''::tsquery else to_tsquery(${SEARCH_CONFIG}, '''' || ${terms.prefix} || ''':*') end)`;
  // An array, computed once per statement: as a subquery, it is joined again for each of thousands of matches.
  const readable = sql`array(select ${membersView.projectId} from ${membersView} where ${membersView.userId} = ${scope.userId} and ${membersView.active} and (${scope.projectId ?? null}::uuid is null or ${membersView.projectId} = ${scope.projectId ?? null}::uuid))`;
  const [tasks, history] = await Promise.all([
    searchTasks(db, query, readable, terms.ref, scope.limit),
    searchHistory(db, query, readable, scope.limit),
  ]);
  return { tasks, history };
}

async function searchTasks(
  db: Executor,
  query: Sql,
  readable: Sql,
  ref: ReturnType<typeof searchTerms>['ref'],
  limit: number,
) {
  const t = tasksView;
  const c = commentsView;
  const result = await executePrepared(
    db,
    sql`
    with q as (select ${query} as query),
    found as materialized (
      select ${t.id} as task_id, ts_rank(${taskDocument(t)}, q.query) as score, false as by_number
        from ${t}, q where ${t.projectId} = any(${readable}) and ${taskDocument(t)} @@ ${query}
      union all
      select distinct ${c.taskId}, ${COMMENT_MATCH}::real, false
        from ${c} where ${c.projectId} = any(${readable}) and not ${c.deleted} and ${commentDocument(c)} @@ ${query}
      union all
      select ${t.id}, ${NUMBER_MATCH}, true from ${t} join ${projectsView} on ${projectsView.id} = ${t.projectId}
        where ${t.number} = ${ref?.number ?? null}::int and (${ref?.key ?? null}::text is null or ${projectsView.key} = ${ref?.key ?? null}::text)
          and ${t.projectId} = any(${readable})
    ),
    ranked as (
      select found.task_id, sum(found.score) as score, bool_or(found.by_number) as by_number
        from found join ${t} on ${t.id} = found.task_id and not ${t.deleted}
        group by found.task_id order by score desc, found.task_id limit ${limit}
    )
    select ${t.id} as "taskId", ${t.projectId} as "projectId", ${projectsView.key} as key, ${t.number} as number,
      ranked.by_number as "numberMatched",
      (select s ->> 'name' from jsonb_array_elements(${projectsView.statuses}) s where s ->> 'id' = ${t.statusId}) as status,
      ts_headline(${SEARCH_CONFIG}, ${unmarked(t.title)}, q.query, ${WHOLE}) as title,
      case when to_tsvector(${SEARCH_CONFIG}, ${t.description}) @@ q.query
        then ${headline(t.description, sql`q.query`)} end as description,
      (select ${headline(c.body, sql`q.query`)} from ${c}
        where ${c.taskId} = ${t.id} and not ${c.deleted} and ${commentDocument(c)} @@ q.query
        order by ts_rank(${commentDocument(c)}, q.query) desc, ${c.createdAt} limit 1) as comment,
      coalesce((select jsonb_agg(l) from jsonb_array_elements_text(${t.labels}) l
        where to_tsvector(${SEARCH_CONFIG}, l) @@ q.query), '[]'::jsonb) as labels
    from ranked join ${t} on ${t.id} = ranked.task_id join ${projectsView} on ${projectsView.id} = ${t.projectId}, q
    order by ranked.score desc, ${t.updatedAt} desc, ${t.id}`,
  );
  return rowsOf<{
    taskId: string;
    projectId: string;
    key: string;
    number: number;
    numberMatched: boolean;
    status: string | null;
    title: string;
    description: string | null;
    comment: string | null;
    labels: string[];
  }>(result).map((row): TaskHit => {
    const description = row.description === null ? null : segmentsOf(row.description);
    return {
      ...row,
      title: segmentsOf(row.title),
      description: description && hasMatch(description) ? description : null,
      comment: row.comment === null ? null : segmentsOf(row.comment),
    };
  });
}

/**
 * Comment bodies are sealed in the log (README, "Forgetting a person"), so a comment's entry is found by its text in
 * comments_view (`sealed_*`), shown with that text, beside the events found by their own words. Comments are taken
 * newest first the same way: the comment entries among the last RECENT positions are checked one by one (a few
 * hundred), and only when they hold less than a page are all matching comments joined to their entries. Joining the
 * 20,000 comments that hold "comment" to theirs took 100 ms.
 *
 * The steps order by `position + 0`, which no index gives: once the tables are analysed, PostgreSQL would otherwise
 * read the log backwards along its primary key and compute every event's document until it has a page (130 ms for
 * a word nothing has in the bench project), where the GIN index finds the few matches at once. The older steps
 * compare `position + 0` too: the GIN index finds their matches alone, where ANDing them with every older position
 * of the primary key took longer than the matches did.
 *
 * History comes newest first, so a common word is answered from the newest events alone: the matches among the last
 * RECENT positions of the log, when there are a page of them, are the newest page (all found through a GIN index and
 * the position index, so only those rows are read). A rarer word has fewer matches than a page there, and only then
 * are all of its matches read; they are few. Reading every match of "comment" (a fifth of the bench project's 100,000
 * events) and keeping the newest ten took 30 ms.
 */
async function searchHistory(db: Executor, query: Sql, readable: Sql, limit: number) {
  const e = events;
  const c = commentsView;
  const match = sql`${e.projectId} = any(${readable}) and ${eventDocument(e)} @@ ${query}
    and coalesce(${e.data} ->> 'commentId', '') not in (select id from deleted)`;
  const result = await executePrepared(
    db,
    sql`
    with q as (select ${query} as query),
    since as (select coalesce(max(${e.position}), 0) - ${RECENT} as position from ${e}),
    deleted as materialized (
      select ${c.id}::text as id from ${c} where ${c.deleted} and ${c.projectId} = any(${readable})
    ),
    recent as materialized (
      select ${e.position} as position, ${e.projectId} as project_id from ${e}
      where ${e.position} > (select position from since) and ${match}
      order by ${e.position} + 0 desc limit ${limit}
    ),
    older as materialized (
      select ${e.position} as position, ${e.projectId} as project_id from ${e}
      where (select count(*) from recent) < ${limit} and ${e.position} + 0 <= (select position from since)
        and ${match}
      order by ${e.position} + 0 desc limit ${limit}
    ),
    sealed_recent as materialized (
      select ${activityView.position} as position, ${activityView.projectId} as project_id
      from ${activityView} join ${c} on ${c.id} = (${activityView.details} ->> 'commentId')::uuid
      where ${activityView.position} > (select position from since) and ${activityView.type} = 'CommentAdded'
        and ${activityView.projectId} = any(${readable}) and not ${c.deleted}
        and ${commentDocument(c)} @@ (select query from q)
      order by ${activityView.position} desc limit ${limit}
    ),
    sealed_older as materialized (
      select ${activityView.position} as position, ${activityView.projectId} as project_id
      from ${c} join ${activityView} on ${activityView.type} = 'CommentAdded'
        and ${activityView.details} ->> 'commentId' = ${c.id}::text
      where (select count(*) from sealed_recent) < ${limit}
        and ${activityView.position} + 0 <= (select position from since)
        and ${c.projectId} = any(${readable}) and not ${c.deleted} and ${commentDocument(c)} @@ (select query from q)
      order by ${activityView.position} + 0 desc limit ${limit}
    ),
    hits as (
      select * from recent union select * from older union select * from sealed_recent union select * from sealed_older
        order by position desc limit ${limit}
    )
    select hits.position::float8 as position, hits.project_id as "projectId", ${projectsView.key} as key,
      ${e.type} as type, ${e.recordedAt} as at, ${activityView.details} ->> 'task' as task,
      coalesce(${tasksView.deleted}, false) as "taskDeleted",
      ${headline(sql`btrim(case when ${e.data} ->> 'sealed' is null then ${eventShownText(e)} else coalesce(${c.body}, '') end)`, sql`q.query`)} as text
    from hits join ${e} on ${e.position} = hits.position join ${projectsView} on ${projectsView.id} = hits.project_id
      left join ${activityView} on ${activityView.position} = hits.position
      left join ${c} on ${e.type} = 'CommentAdded' and ${c.id} = (${e.data} ->> 'commentId')::uuid
      left join ${tasksView}
        on ${tasksView.id} = case when ${e.streamId} like 'task-%' then substr(${e.streamId}, 6)::uuid end, q
    order by hits.position desc`,
  );
  return rowsOf<{
    position: number;
    projectId: string;
    key: string;
    type: string;
    at: Date | string;
    task: string | null;
    taskDeleted: boolean;
    text: string;
  }>(result).map((row): HistoryHit => ({
    ...row,
    at: new Date(row.at),
    text: trimSpaces(segmentsOf(row.text)),
  }));
}

/** The event's texts are joined by spaces, some of them empty: their gaps close up. */
function trimSpaces(segments: Segment[]): Segment[] {
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }))
    .map((s, i, all) => ({
      ...s,
      text: i === 0 ? s.text.trimStart() : i === all.length - 1 ? s.text.trimEnd() : s.text,
    }))
    .filter((s) => s.text);
}
