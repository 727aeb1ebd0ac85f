export * from './append';
export * from './errors';
export * from './notification';
export * from './read';
export * from './serialization';
export * from './types';
