import { describe, expect, it } from 'vitest';
import {
  endOfWeek,
  matchesFilter,
  NO_FILTER,
  parseBoardFilter,
  withoutValue,
  withValue,
  writeBoardFilter,
  type BoardFilter,
  type FilteredTask,
} from './board-filter';

const ANA = '0b6f5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const BEN = '1b6f5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const task = (over: Partial<FilteredTask> = {}): FilteredTask => ({
  assigneeId: null,
  labels: [],
  priority: 'none',
  dueOn: null,
  ...over,
});
// 2026-12-03 is a Thursday.
const context = { me: ANA, today: '2026-12-03' };
const filter = (over: Partial<BoardFilter>): BoardFilter => ({ ...NO_FILTER, ...over });

describe('parseBoardFilter', () => {
  it('reads each kind from its parameter, values split on commas', () => {
    const params = new URLSearchParams(`assignee=me,nobody,${BEN}&label=bug,ui&priority=high,urgent&due=overdue`);
    expect(parseBoardFilter(params)).toEqual({
      assignee: ['me', 'nobody', BEN],
      label: ['bug', 'ui'],
      priority: ['high', 'urgent'],
      due: ['overdue'],
    });
  });

  it('drops what no filter means: unknown words, non-ids, huge and repeated values', () => {
    const params = new URLSearchParams();
    params.set('assignee', "everyone,1' OR 1=1,me,me");
    params.set('priority', 'HIGH,critical,low');
    params.set('due', 'yesterday,week');
    params.set('label', ['x'.repeat(201), 'ok', ...Array.from({ length: 40 }, (_, i) => `l${i}`)].join(','));
    const parsed = parseBoardFilter(params);
    expect(parsed.assignee).toEqual(['me']);
    expect(parsed.priority).toEqual(['low']);
    expect(parsed.due).toEqual(['week']);
    expect(parsed.label[0]).toBe('ok');
    expect(parsed.label).toHaveLength(20);
  });

  it('round-trips through the address and keeps the parameters that are not filters', () => {
    const params = new URLSearchParams('at=42&task=3');
    const written = filter({ assignee: ['nobody'], label: ['a b'], priority: ['medium'] });
    writeBoardFilter(params, written);
    expect(params.get('at')).toBe('42');
    expect(params.get('task')).toBe('3');
    expect(parseBoardFilter(params)).toEqual(written);
    writeBoardFilter(params, NO_FILTER);
    expect([...params.keys()]).toEqual(['at', 'task']);
  });
});

describe('matchesFilter', () => {
  it('matches everything without a filter', () => {
    expect(matchesFilter(task(), NO_FILTER, context)).toBe(true);
  });

  it('knows "mine" and "nobody", and a member by id', () => {
    const mine = filter({ assignee: ['me'] });
    expect(matchesFilter(task({ assigneeId: ANA }), mine, context)).toBe(true);
    expect(matchesFilter(task({ assigneeId: BEN }), mine, context)).toBe(false);
    expect(matchesFilter(task(), mine, context)).toBe(false);
    expect(matchesFilter(task({ assigneeId: ANA }), mine, { ...context, me: null })).toBe(false);
    expect(matchesFilter(task(), filter({ assignee: ['nobody'] }), context)).toBe(true);
    expect(matchesFilter(task({ assigneeId: BEN }), filter({ assignee: [BEN] }), context)).toBe(true);
  });

  it('ORs the values of one kind and ANDs the kinds', () => {
    const either = filter({ assignee: ['me', 'nobody'], priority: ['high'] });
    expect(matchesFilter(task({ priority: 'high' }), either, context)).toBe(true);
    expect(matchesFilter(task({ assigneeId: ANA, priority: 'high' }), either, context)).toBe(true);
    expect(matchesFilter(task({ assigneeId: BEN, priority: 'high' }), either, context)).toBe(false);
    expect(matchesFilter(task({ priority: 'low' }), either, context)).toBe(false);
    expect(matchesFilter(task({ labels: ['ui', 'bug'] }), filter({ label: ['bug'] }), context)).toBe(true);
    expect(matchesFilter(task({ labels: ['ui'] }), filter({ label: ['bug'] }), context)).toBe(false);
  });

  it('judges due dates on the day given: overdue before it, this week from it to Sunday', () => {
    const overdue = filter({ due: ['overdue'] });
    const week = filter({ due: ['week'] });
    expect(matchesFilter(task({ dueOn: '2026-12-02' }), overdue, context)).toBe(true);
    expect(matchesFilter(task({ dueOn: '2026-12-03' }), overdue, context)).toBe(false);
    expect(matchesFilter(task(), overdue, context)).toBe(false);
    expect(matchesFilter(task({ dueOn: '2026-12-03' }), week, context)).toBe(true);
    expect(matchesFilter(task({ dueOn: '2026-12-06' }), week, context)).toBe(true);
    expect(matchesFilter(task({ dueOn: '2026-12-07' }), week, context)).toBe(false);
    expect(matchesFilter(task({ dueOn: '2026-12-02' }), week, context)).toBe(false);
    expect(matchesFilter(task({ dueOn: '2026-12-02' }), overdue, { ...context, today: '2026-11-30' })).toBe(false);
    expect(matchesFilter(task(), filter({ due: ['none'] }), context)).toBe(true);
  });
});

describe('endOfWeek', () => {
  it('is the Sunday of the week, the day itself on a Sunday, across months and years', () => {
    expect(endOfWeek('2026-12-03')).toBe('2026-12-06');
    expect(endOfWeek('2026-12-06')).toBe('2026-12-06');
    expect(endOfWeek('2026-12-07')).toBe('2026-12-13');
    expect(endOfWeek('2026-12-29')).toBe('2027-01-03');
  });
});

describe('withValue / withoutValue', () => {
  it('adds a value once and removes it', () => {
    const once = withValue(withValue(NO_FILTER, 'label', 'bug'), 'label', 'bug');
    expect(once.label).toEqual(['bug']);
    expect(withoutValue(once, 'label', 'bug')).toEqual(NO_FILTER);
  });
});
