export * from './event-store';
export * from './people';
export * from './read-models';
export * from './async-projections';
