import type { z } from 'zod';
import type { DomainEventType, EventData } from '@/domain';
import { projectCreatedV1toV2, statusAddedV1toV2 } from './upcasters';
import { v1 } from './v1';
import { v2 } from './v2';

type Schema = z.ZodType;
/** Turns the data of one version into the next; it may also rename the type, as a real change of model can. */
export type Upcaster = (data: unknown) => { type: string; data: unknown };

interface TypeHistory {
  /** The schema of each version ever written, by version number. */
  versions: Record<number, Schema>;
  /** upcasters[n] turns version n into version n + 1 (possibly of another type). */
  upcasters: Record<number, Upcaster>;
}

/** Every event type's current schema, checked against the domain's own type so the two cannot drift apart. */
const current: { [T in DomainEventType]: { version: number; schema: z.ZodType<EventData<T>> } } = {
  ProjectCreated: { version: 2, schema: v2.ProjectCreated },
  ProjectRenamed: { version: 1, schema: v1.ProjectRenamed },
  ProjectArchived: { version: 1, schema: v1.ProjectArchived },
  ProjectRestored: { version: 1, schema: v1.ProjectRestored },
  StatusAdded: { version: 2, schema: v2.StatusAdded },
  StatusRenamed: { version: 1, schema: v1.StatusRenamed },
  StatusMoved: { version: 1, schema: v1.StatusMoved },
  StatusRemoved: { version: 1, schema: v1.StatusRemoved },
  StatusCategoryChanged: { version: 1, schema: v1.StatusCategoryChanged },
  TaskNumberReserved: { version: 1, schema: v1.TaskNumberReserved },
  MemberAdded: { version: 1, schema: v1.MemberAdded },
  MemberRoleChanged: { version: 1, schema: v1.MemberRoleChanged },
  MemberRemoved: { version: 1, schema: v1.MemberRemoved },
  MemberInvited: { version: 1, schema: v1.MemberInvited },
  InvitationRevoked: { version: 1, schema: v1.InvitationRevoked },
  InvitationAccepted: { version: 1, schema: v1.InvitationAccepted },
  LabelCreated: { version: 1, schema: v1.LabelCreated },
  LabelRenamed: { version: 1, schema: v1.LabelRenamed },
  LabelRecoloured: { version: 1, schema: v1.LabelRecoloured },
  LabelDeleted: { version: 1, schema: v1.LabelDeleted },
  PointNamed: { version: 1, schema: v1.PointNamed },
  PointUnnamed: { version: 1, schema: v1.PointUnnamed },
  TaskCreated: { version: 1, schema: v1.TaskCreated },
  TaskRenamed: { version: 1, schema: v1.TaskRenamed },
  TaskDescribed: { version: 1, schema: v1.TaskDescribed },
  TaskMoved: { version: 1, schema: v1.TaskMoved },
  TaskAssigned: { version: 1, schema: v1.TaskAssigned },
  TaskUnassigned: { version: 1, schema: v1.TaskUnassigned },
  TaskPrioritized: { version: 1, schema: v1.TaskPrioritized },
  TaskScheduled: { version: 1, schema: v1.TaskScheduled },
  TaskUnscheduled: { version: 1, schema: v1.TaskUnscheduled },
  TaskLabeled: { version: 1, schema: v1.TaskLabeled },
  // Version 2 stores the body sealed (server/event-store/sealed-events.ts); opened on read, it is version 1's shape.
  CommentAdded: { version: 2, schema: v1.CommentAdded },
  CommentEdited: { version: 2, schema: v1.CommentEdited },
  TaskDeleted: { version: 1, schema: v1.TaskDeleted },
  TaskRestored: { version: 1, schema: v1.TaskRestored },
  CommentDeleted: { version: 1, schema: v1.CommentDeleted },
  CommentRestored: { version: 1, schema: v1.CommentRestored },
  ProjectForked: { version: 1, schema: v1.ProjectForked },
  BoardRestored: { version: 1, schema: v1.BoardRestored },
  ChangeUndone: { version: 1, schema: v1.ChangeUndone },
};

/** Older versions of types whose shape has changed, with the step from each to the next. */
const older: Partial<Record<string, TypeHistory>> = {
  ProjectCreated: {
    versions: { 1: v1.ProjectCreated },
    upcasters: { 1: (data) => ({ type: 'ProjectCreated', data: projectCreatedV1toV2(v1.ProjectCreated.parse(data)) }) },
  },
  StatusAdded: {
    versions: { 1: v1.StatusAdded },
    upcasters: { 1: (data) => ({ type: 'StatusAdded', data: statusAddedV1toV2(v1.StatusAdded.parse(data)) }) },
  },
  // A comment written before bodies were sealed: its plain body is what version 2 opens to.
  CommentAdded: { versions: { 1: v1.CommentAdded }, upcasters: { 1: (data) => ({ type: 'CommentAdded', data }) } },
  CommentEdited: { versions: { 1: v1.CommentEdited }, upcasters: { 1: (data) => ({ type: 'CommentEdited', data }) } },
};

/** Every event type there is, read from the schemas, which must name each. */
export const EVENT_TYPES = Object.keys(current) as readonly DomainEventType[];
export const isEventType = (type: string): type is DomainEventType => type in current;
export const currentVersionOf = (type: DomainEventType) => current[type].version;
export const currentSchemaOf = (type: DomainEventType): Schema => current[type].schema;

export function schemaOf(type: string, version: number): Schema | undefined {
  if (isEventType(type) && current[type].version === version) return current[type].schema;
  return older[type]?.versions[version];
}

export function upcasterOf(type: string, version: number): Upcaster | undefined {
  return older[type]?.upcasters[version];
}
