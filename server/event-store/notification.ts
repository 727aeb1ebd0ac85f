/** The channel on which every append announces, at commit, the last position it gave each project it wrote to. */
export const EVENTS_CHANNEL = 'chronicle_events';

export const notificationOf = (projectId: string, position: number) => `${projectId}:${position}`;

export const projectOfNotification = (payload: string) => payload.slice(0, payload.indexOf(':'));
