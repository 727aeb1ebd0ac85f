export * from './event-store';
export * from './accounts';
export * from './read-models';
export * from './async-projections';
export * from './inbox';
export * from './people';
