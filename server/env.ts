import 'server-only';
import { z } from 'zod';

// Read once and validated, so a mistyped variable fails at start-up with a clear message instead of at first use.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CHRONICLE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export const env = schema.parse(process.env);
