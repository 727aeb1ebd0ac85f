export * from './commands';
export * from './decide';
export * from './events';
export * from './mentions';
