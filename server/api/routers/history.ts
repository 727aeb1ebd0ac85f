import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readHistory } from '../../queries/history';
import { readAround } from '../../queries/history-around';
import { changesBetween } from '../../replay/between';
import { diffBetween, historySpan, inspectEvent } from '../../replay/inspect';
import { resolvePoint } from '../../replay/point';
import { int4, position, text } from '../input';
import { createRouter, projectActProcedure, projectProcedure } from '../trpc';
import { undoCommand } from '../../history/undo';
import { previewRestore, restoreTo } from '../../history/restore';
import { entriesOfCommand, lastUndoable } from '../../history/recent';
import { point, replayPoint } from './replay-point';

/** The History page's filters, which the replay's action list and slider honour too. */
const filters = {
  taskId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  types: z.array(text(40)).max(30).optional(),
};
const AROUND_MOST = 25;
const side = z.number().int().min(0).max(AROUND_MOST).default(10);

export const historyRouter = createRouter({
  list: projectProcedure('read', 'projectId', {
    ...filters,
    at: replayPoint,
    /** The position to continue below: a bound, not an event (any number below the last one seen works). */
    cursor: position.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    /** tRPC's infinite queries send which way they page; the timeline only pages back in time, from the cursor. */
    direction: z.enum(['forward', 'backward']).optional(),
  }).query(async ({ ctx, input }) => {
    const upTo = input.at ? await resolvePoint(ctx.db, ctx.project.id, input.at) : undefined;
    const history = await readHistory(ctx.db, { ...input, projectId: ctx.project.id, upTo });
    if (!history) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
    return history;
  }),
  /**
   * The changes around a point (the action list beside the replay slider), and where the point stands among the
   * matching ones. `match` names the n-th matching change instead of a point, for a slider that steps through them.
   */
  around: projectProcedure('read', 'projectId', {
    ...filters,
    at: replayPoint,
    match: int4(1).optional(),
    before: side,
    after: side,
  }).query(async ({ ctx, input }) => {
    const { at, match, before, after } = input;
    if (at && match !== undefined)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Give either a point (at) or a change (match), not both' });
    const around = await readAround(
      ctx.db,
      { ...input, projectId: ctx.project.id },
      match === undefined ? at : { match },
      { before, after },
    );
    if (!around) throw new TRPCError({ code: 'NOT_FOUND', message: 'Task not found' });
    return around;
  }),
  span: projectProcedure('read', 'projectId', {}).query(({ ctx }) => historySpan(ctx.db, ctx.project.id)),
  event: projectProcedure('read', 'projectId', { position }).query(async ({ ctx, input }) => {
    const inspected = await inspectEvent(ctx.db, ctx.project.id, input.position);
    if (!inspected) throw new TRPCError({ code: 'NOT_FOUND', message: `No event at position ${input.position}` });
    return inspected;
  }),
  diff: projectProcedure('read', 'projectId', { from: point, to: point }).query(({ ctx, input }) =>
    diffBetween(ctx.db, ctx.project.id, input.from, input.to),
  ),
  /**
   * Undoes one command of the project (its sender's, or anyone's for an owner) by the commands that take it back;
   * refused, with what changed, when something it changed has changed since. The undo of an undo is a redo.
   */
  undo: projectActProcedure('changeTasks', 'projectId', { undoneCommandId: z.uuid() }).mutation(({ ctx, input }) =>
    undoCommand(ctx.command, ctx.project.role, input.undoneCommandId),
  ),
  /** What Ctrl+Z undoes next: the person's latest change here that is still done and can be undone. */
  lastUndoable: projectProcedure('read', 'projectId', {}).query(({ ctx }) =>
    lastUndoable(ctx.db, ctx.project.id, ctx.user.id),
  ),
  /** The timeline's entries of one command of the project: what a toast says it did. */
  command: projectProcedure('read', 'projectId', { commandId: z.uuid() }).query(({ ctx, input }) =>
    entriesOfCommand(ctx.db, ctx.project.id, input.commandId),
  ),
  /** Takes the board, or one task, back to a point: one command, all its changes atomic. */
  restore: projectActProcedure('changeTasks', 'projectId', { at: point, taskId: z.uuid().optional() }).mutation(
    ({ ctx, input }) => restoreTo(ctx.command, input.at, input.taskId),
  ),
  /** What that restore would change (or why it would be refused), written nowhere. */
  restorePreview: projectProcedure('read', 'projectId', { at: point, taskId: z.uuid().optional() }).query(
    ({ ctx, input }) => previewRestore(ctx.db, ctx.project.id, input.at, input.taskId),
  ),
  /** The changes that made a diff (`git log from..to`), oldest first, a page at a time after the cursor. */
  between: projectProcedure('read', 'projectId', {
    from: point,
    to: point,
    cursor: position.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    direction: z.enum(['forward', 'backward']).optional(),
  }).query(({ ctx, input }) => changesBetween(ctx.db, ctx.project.id, input.from, input.to, input)),
});
