import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Crypto-shredding of the personal text in events (README, "Forgetting a person"): a comment's body is stored
 * sealed with AES-256-GCM under its writer's key, which lives in `person_keys`, outside the log. Forgetting the
 * person destroys the key, and with it every copy of the text in the log, while the events themselves stay.
 */

/** A sealed text as stored in an event: whose key sealed it, and iv | tag | ciphertext in base64url. */
export interface Sealed {
  readonly by: string;
  readonly box: string;
}

/** A person's key in base64, or null once the person was forgotten. */
export type PersonKey = string | null;
/** The keys a batch of events needs, by person: the one lookup a read makes for the whole batch. */
export type KeyRing = ReadonlyMap<string, PersonKey>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

export const newPersonKey = () => randomBytes(32).toString('base64');

/**
 * `context` is bound into the tag (GCM's additional data): a box copied into another comment or event does not open
 * there, so a sealed body cannot be moved to say something its author did not write there.
 */
export function seal(by: string, key: string, plain: string, context: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key, 'base64'), iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { by, box: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url') };
}

/** The text, or null when its writer was forgotten (their key is gone). A box that does not open throws. */
export function open(sealed: Sealed, keys: KeyRing, context: string): string | null {
  const key = keys.get(sealed.by);
  if (key === undefined) throw new Error(`The key of ${sealed.by} was not loaded for this read`);
  if (key === null) return null;
  const bytes = Buffer.from(sealed.box, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key, 'base64'), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
