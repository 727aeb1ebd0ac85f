export * from './board';
export * from './fork';
export * from './not-undone';
export * from './restore';
export * from './undo';
export * from './remove-status';
export * from './label-change';
export * from './bulk';
