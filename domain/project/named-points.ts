import { assertNever } from '../shared/decider';
import { invalid, notFound, ruleViolated } from '../shared/errors';
import { requireText } from '../shared/text';
import type { ProjectCommand } from './commands';
import type { ProjectEvent } from './events';
import type { ActiveProject } from './state';

/**
 * Names a person gives to points of the project's history ("Sprint 3 start"), as git names commits with tags. A point
 * is a global event position; the name is the project's own, so two points never share one. A name removed is free
 * to be given again.
 */
export const POINT_NAME_MAX = 80;

export interface NamedPoint {
  readonly name: string;
  readonly position: number;
}
/** The project's current names, by point id. */
export type NamedPoints = Readonly<Record<string, NamedPoint>>;

type NamedPointEvent = Extract<ProjectEvent, { type: 'PointNamed' | 'PointUnnamed' }>;
export type NamedPointCommand = Extract<ProjectCommand, { type: 'NamePoint' | 'UnnamePoint' }>;

export function evolveNamedPoints(points: NamedPoints, event: NamedPointEvent): NamedPoints {
  const { pointId } = event.data;
  if (event.type === 'PointNamed') {
    return { ...points, [pointId]: { name: event.data.name, position: event.data.position } };
  }
  return Object.fromEntries(Object.entries(points).filter(([id]) => id !== pointId));
}

export const requirePointName = (name: string) => requireText('name', name, { max: POINT_NAME_MAX });

export function decideNamedPoint(command: NamedPointCommand, state: ActiveProject): readonly ProjectEvent[] {
  const { namedPoints } = state;
  switch (command.type) {
    case 'NamePoint': {
      const name = requirePointName(command.name);
      const { position, pointId } = command;
      if (!Number.isSafeInteger(position) || position < 1) {
        throw invalid('position', 'A point is the position of an event: a whole number from 1');
      }
      // Positions are global: the handler reads from the log whether this one is an event of this project.
      if (!command.eventOfProject) throw invalid('position', `Event ${position} is not part of ${state.key}'s history`);
      if (pointId === '') throw invalid('pointId', 'A named point needs an id');
      if (namedPoints[pointId]) throw ruleViolated('That named point already exists');
      const clash = Object.values(namedPoints).find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (clash) throw ruleViolated(`A point is already named "${clash.name}"`);
      return [{ type: 'PointNamed', data: { pointId, position, name } }];
    }
    case 'UnnamePoint': {
      const point = namedPoints[command.pointId];
      if (!point) throw notFound('Named point not found');
      return [{ type: 'PointUnnamed', data: { pointId: command.pointId, name: point.name } }];
    }
    default:
      return assertNever(command);
  }
}
