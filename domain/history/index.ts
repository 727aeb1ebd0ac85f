export * from './board';
export * from './fork';
export * from './restore';
export * from './undo';
