import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider-spec';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import { projectDecider } from './index';
import { POINT_NAME_MAX } from './named-points';

const given = specFor(projectDecider);
const stateAfter = (events: readonly ProjectEvent[]) => fold(projectDecider, events);

const created: ProjectEvent = {
  type: 'ProjectCreated',
  data: { projectId: 'p1', key: 'WEB', name: 'Website', statuses: [{ id: 's1', name: 'Todo', category: 'unstarted' }] },
};
const project = [created, { type: 'MemberAdded', data: { userId: 'u-ana', role: 'owner' } } as ProjectEvent];
const archived: ProjectEvent = { type: 'ProjectArchived', data: {} };
const named = (pointId: string, name: string, position = 12): ProjectEvent => ({
  type: 'PointNamed',
  data: { pointId, position, name },
});
const unnamed = (pointId: string, name: string): ProjectEvent => ({ type: 'PointUnnamed', data: { pointId, name } });

const name = (name: string, { position = 12, pointId = 'pt-1', eventOfProject = true } = {}): ProjectCommand => ({
  type: 'NamePoint',
  projectId: 'p1',
  position,
  name,
  pointId,
  eventOfProject,
});
const unname = (pointId: string): ProjectCommand => ({ type: 'UnnamePoint', projectId: 'p1', pointId });

describe('NamePoint', () => {
  it('names a point of the history, trimmed', () => {
    given(project)
      .when(name('  Sprint 3 start  '))
      .then([{ type: 'PointNamed', data: { pointId: 'pt-1', position: 12, name: 'Sprint 3 start' } }]);
  });

  it('lets one point carry several names, as a commit carries several tags', () => {
    given([...project, named('pt-1', 'Sprint 3 start')])
      .when(name('Release 1.0', { pointId: 'pt-2' }))
      .then([{ type: 'PointNamed', data: { pointId: 'pt-2', position: 12, name: 'Release 1.0' } }]);
  });

  it('refuses an empty name and one past its length', () => {
    given(project).when(name('   ')).thenThrows('invalid', 'Name must not be empty');
    given(project)
      .when(name('x'.repeat(POINT_NAME_MAX + 1)))
      .thenThrows('invalid', `Name must be at most ${POINT_NAME_MAX} characters`);
    given(project)
      .when(name('x'.repeat(POINT_NAME_MAX)))
      .then([{ type: 'PointNamed', data: { pointId: 'pt-1', position: 12, name: 'x'.repeat(POINT_NAME_MAX) } }]);
  });

  it('refuses a name the project already gives to a point, whatever its case', () => {
    given([...project, named('pt-1', 'Sprint 3 start', 5)])
      .when(name('sprint 3 START', { pointId: 'pt-2', position: 40 }))
      .thenThrows('rule_violated', 'A point is already named "Sprint 3 start"');
  });

  it('gives again a name that was taken away', () => {
    given([...project, named('pt-1', 'Sprint 3 start', 5), unnamed('pt-1', 'Sprint 3 start')])
      .when(name('Sprint 3 start', { pointId: 'pt-2', position: 40 }))
      .then([{ type: 'PointNamed', data: { pointId: 'pt-2', position: 40, name: 'Sprint 3 start' } }]);
  });

  it('refuses a position that is no event of this project, or no position at all', () => {
    given(project)
      .when(name('Elsewhere', { eventOfProject: false }))
      .thenThrows('invalid', "Event 12 is not part of WEB's history");
    for (const position of [0, -3, 1.5]) {
      given(project)
        .when(name('Nowhere', { position }))
        .thenThrows('invalid', /whole number from 1/);
    }
  });

  it('never reuses an id, and needs one', () => {
    given([...project, named('pt-1', 'Sprint 3 start')])
      .when(name('Another'))
      .thenThrows('rule_violated', 'That named point already exists');
    given(project)
      .when(name('Another', { pointId: '' }))
      .thenThrows('invalid', 'A named point needs an id');
  });

  it('refuses on an archived project', () => {
    given([...project, archived])
      .when(name('Too late'))
      .thenThrows('rule_violated', /archived/);
  });
});

describe('UnnamePoint', () => {
  it('takes a name away, saying which', () => {
    given([...project, named('pt-1', 'Sprint 3 start')])
      .when(unname('pt-1'))
      .then([{ type: 'PointUnnamed', data: { pointId: 'pt-1', name: 'Sprint 3 start' } }]);
  });

  it('refuses a point the project has not named, or no longer names', () => {
    given(project).when(unname('pt-x')).thenThrows('not_found', 'Named point not found');
    given([...project, named('pt-1', 'Sprint 3 start'), unnamed('pt-1', 'Sprint 3 start')])
      .when(unname('pt-1'))
      .thenThrows('not_found', 'Named point not found');
  });

  it('refuses on an archived project', () => {
    given([...project, named('pt-1', 'Sprint 3 start'), archived])
      .when(unname('pt-1'))
      .thenThrows('rule_violated', /archived/);
  });
});

describe('the named points of a project', () => {
  it('are its current names by id', () => {
    const state = stateAfter([...project, named('pt-1', 'A', 3), named('pt-2', 'B', 9), unnamed('pt-1', 'A')]);
    expect(state).toMatchObject({ namedPoints: { 'pt-2': { name: 'B', position: 9 } } });
    expect(state.status !== 'none' && Object.keys(state.namedPoints)).toEqual(['pt-2']);
  });
});
