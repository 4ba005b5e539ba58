import { z } from 'zod';
import { MAX_PERSON_NAME_LENGTH } from '../presenceIdentity.ts';

/**
 * A person's name as an invitation holds it: trimmed, runs of whitespace
 * (newlines, tabs) made one space, 1 to {@link MAX_PERSON_NAME_LENGTH}
 * characters. Fails on an empty or too long name.
 */
export const personNameSchema = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(MAX_PERSON_NAME_LENGTH));
