export { eventHub, EventHub } from './hub';
export { projectHead, watchProject, type EventSummary, type ProjectChange } from './watch-project';
