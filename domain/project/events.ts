export interface WorkflowStatus {
  readonly id: string;
  readonly name: string;
}

export type ProjectEvent =
  | {
      type: 'ProjectCreated';
      data: { projectId: string; key: string; name: string; statuses: readonly WorkflowStatus[] };
    }
  | { type: 'ProjectRenamed'; data: { name: string } }
  | { type: 'ProjectArchived'; data: Record<string, never> }
  | { type: 'ProjectRestored'; data: Record<string, never> }
  | { type: 'StatusAdded'; data: { statusId: string; name: string } }
  | { type: 'StatusRenamed'; data: { statusId: string; name: string } }
  | { type: 'StatusMoved'; data: { statusId: string; toIndex: number } }
  | { type: 'StatusRemoved'; data: { statusId: string } }
  | { type: 'TaskNumberReserved'; data: { taskId: string; number: number } };

export type ProjectEventType = ProjectEvent['type'];

const projectEventTypes: Record<ProjectEventType, true> = {
  ProjectCreated: true,
  ProjectRenamed: true,
  ProjectArchived: true,
  ProjectRestored: true,
  StatusAdded: true,
  StatusRenamed: true,
  StatusMoved: true,
  StatusRemoved: true,
  TaskNumberReserved: true,
};

export const isProjectEvent = (event: { type: string }): event is ProjectEvent => event.type in projectEventTypes;
