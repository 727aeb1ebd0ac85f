import 'server-only';
import { z } from 'zod';

const postgresUrl = (name: string) =>
  z
    .string()
    .regex(/^postgres(ql)?:\/\//, `${name} must be a postgres:// URL`)
    .optional()
    .or(z.literal('').transform(() => undefined));

// Read once and validated, so a mistyped variable fails at start-up with a clear message instead of at first use.
const schema = z.object({
  /** The app's own connection; unset, the embedded database. */
  DATABASE_URL: postgresUrl('DATABASE_URL'),
  /** The owner of the tables, for migrations: the app then runs as a role that may only add to the log. */
  DATABASE_OWNER_URL: postgresUrl('DATABASE_OWNER_URL'),
  CHRONICLE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Signs session cookies; without it the app makes one on first start and keeps it in the database. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** The public address of the app; with https:// session cookies are marked Secure. */
  APP_URL: z.url().optional(),
  /**
   * How many reverse proxies in front of the app append the address they were reached from to X-Forwarded-For;
   * 0 when browsers reach the app directly. Sign-in and sign-up limits per client address read it.
   */
  TRUSTED_PROXIES: z.coerce
    .number({ error: 'TRUSTED_PROXIES must be a number of proxies' })
    .int('TRUSTED_PROXIES must be a whole number')
    .min(0, 'TRUSTED_PROXIES cannot be negative')
    .max(10, 'TRUSTED_PROXIES of more than 10 is surely a mistake')
    .default(0),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export const env = schema
  .refine((e) => !e.DATABASE_OWNER_URL || e.DATABASE_URL, {
    error: 'DATABASE_OWNER_URL needs DATABASE_URL as well: the owner migrates, the app connects through DATABASE_URL',
    path: ['DATABASE_OWNER_URL'],
  })
  .parse(process.env);
