export interface Limit {
  readonly attempts: number;
  readonly windowSeconds: number;
}

/**
 * How often a client may try to sign in or up (docs/security.md, "Accounts and access"). A window opens with the first attempt it
 * counts and closes `windowSeconds` later, whatever happens meanwhile; a limit reached stays reached until then.
 */
export interface AttemptPolicy {
  /**
   * Failed sign-ins to one e-mail address, from anywhere, whether or not an account uses it: a guesser of one
   * person's password, however many addresses it sends from. Beyond it every sign-in to that address is refused,
   * the right password too; a successful sign-in before then clears the count.
   */
  readonly signInFailuresPerAccount: Limit;
  /**
   * Failed sign-ins from one client address, across all accounts: one password tried against many (spraying). A
   * sign-in counts while it is checked and is given back when it succeeds, so that simultaneous guesses cannot all
   * slip in before the first failure is counted; the limit is above the 50 simultaneous sign-ins of the load test.
   */
  readonly signInFailuresPerAddress: Limit;
  /** Sign-ups from one client address, whatever their outcome: each tells whether an e-mail address is taken. */
  readonly signUpsPerAddress: Limit;
}

export const ATTEMPT_POLICY: AttemptPolicy = {
  signInFailuresPerAccount: { attempts: 5, windowSeconds: 15 * 60 },
  signInFailuresPerAddress: { attempts: 100, windowSeconds: 60 * 60 },
  signUpsPerAddress: { attempts: 30, windowSeconds: 60 * 60 },
};
