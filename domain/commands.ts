import type { z } from 'zod';
import { PROJECT_COMMANDS } from './project/commands';
import { TASK_COMMANDS } from './task/commands';

/**
 * Every command a person can send, by type: the one list the command handler's table (server/commands/handlers.ts)
 * must cover, and the schemas the API's procedures take their inputs from.
 */
export const COMMANDS = { ...PROJECT_COMMANDS, ...TASK_COMMANDS } as const;

export type CommandType = keyof typeof COMMANDS;
/** A command as its sender made it. */
export type CommandOf<T extends CommandType> = z.output<(typeof COMMANDS)[T]>;
export type Command = { [T in CommandType]: CommandOf<T> }[CommandType];
