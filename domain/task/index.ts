export * from './commands';
export * from './events';
export * from './in-project';
export * from './rules';
export * from './state';
export { decideTask } from './decide';
