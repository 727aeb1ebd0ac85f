/** Set for the browser session by someone who chose to look around without saying who they are. */
export const BROWSING_COOKIE = 'chronicle_browsing';
