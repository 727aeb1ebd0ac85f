import type { z } from 'zod';
import * as project from './project/commands';
import * as task from './task/commands';

/**
 * Every command a person can send, by type: the one list the command handler's table (server/commands/handlers.ts)
 * must cover, and the schemas the API's procedures take their inputs from.
 */
export const COMMANDS = {
  CreateProject: project.CreateProject,
  RenameProject: project.RenameProject,
  ArchiveProject: project.ArchiveProject,
  RestoreProject: project.RestoreProject,
  AddStatus: project.AddStatus,
  RenameStatus: project.RenameStatus,
  MoveStatus: project.MoveStatus,
  RemoveStatus: project.RemoveStatus,
  ChangeMemberRole: project.ChangeMemberRole,
  RemoveMember: project.RemoveMember,
  LeaveProject: project.LeaveProject,
  InviteMember: project.InviteMember,
  RevokeInvitation: project.RevokeInvitation,
  AcceptInvitation: project.AcceptInvitation,
  CreateTask: task.CreateTask,
  RenameTask: task.RenameTask,
  DescribeTask: task.DescribeTask,
  MoveTask: task.MoveTask,
  AssignTask: task.AssignTask,
  PrioritizeTask: task.PrioritizeTask,
  ScheduleTask: task.ScheduleTask,
  LabelTask: task.LabelTask,
  CommentOnTask: task.CommentOnTask,
  EditComment: task.EditComment,
  DeleteTask: task.DeleteTask,
  RestoreTask: task.RestoreTask,
} as const;

export type CommandType = keyof typeof COMMANDS;
/** A command as its sender made it. */
export type CommandOf<T extends CommandType> = z.output<(typeof COMMANDS)[T]>;
export type Command = { [T in CommandType]: CommandOf<T> }[CommandType];
