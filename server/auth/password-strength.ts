import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's scores run 0-4; 2 means more than a million guesses, too many for an online attack held to our limits. */
const MIN_SCORE = 2;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries are a few megabytes: loaded on the first password checked, not at start-up. */
async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      ...en.translations,
      warnings: {
        ...en.translations.warnings,
        userInputs: 'It contains your name, your e-mail address or the name of this app.',
      },
    },
    // Estimating held the event loop for 0.5-2 s on some 128-character inputs, most of it spent on
    // letter-substitution variants; the first 32 characters and 20 variants keep the worst case near 30 ms and
    // score the common passwords we tried as before.
    maxLength: 32,
    l33tMaxSubstitutions: 20,
  });
}

export interface PasswordOwner {
  readonly email: string;
  readonly name: string;
}

/**
 * Why a new password is too easy to guess, in a sentence or two, or undefined when it is not. The person's e-mail
 * address, its parts and their name count as known words, as does the name of the app.
 */
export async function passwordWeakness(password: string, owner: PasswordOwner): Promise<string | undefined> {
  estimator ??= loadEstimator();
  const { score, feedback } = await (await estimator).checkAsync(password, knownWords(owner));
  if (score >= MIN_SCORE) return undefined;
  return [feedback.warning ?? 'This password is too easy to guess.', ...feedback.suggestions.slice(0, 1)].join(' ');
}

function knownWords({ email, name }: PasswordOwner): string[] {
  const localPart = email.split('@')[0] ?? '';
  const words = [email, localPart, ...localPart.split(/[._+-]/), name, ...name.split(/\s+/), 'chronicle'];
  return [...new Set(words.map((word) => word.toLowerCase()).filter((word) => word.length >= 3))];
}
