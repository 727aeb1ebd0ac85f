/**
 * What a person has read of their inbox. A notification is named by the position of the event it tells about
 * (one person gets at most one notification per event): everything up to `upTo`, and `positions` one by one.
 */
export type InboxEvent = {
  type: 'NotificationsRead';
  data: { upTo: number | null; positions: readonly number[] };
};
