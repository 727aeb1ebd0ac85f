import { isProjectEvent, type ProjectEvent } from './project/events';
import type { TaskEvent } from './task/events';

export type DomainEvent = ProjectEvent | TaskEvent;
export type DomainEventType = DomainEvent['type'];
export const isTaskEvent = (event: DomainEvent): event is TaskEvent => !isProjectEvent(event);
export type EventData<T extends DomainEventType> = Extract<DomainEvent, { type: T }>['data'];

export * from './commands';
export * from './shared/decider';
export * from './shared/errors';
export * from './shared/schema';
export * from './shared/text';
export * from './project';
export * from './task';
export * from './history';
