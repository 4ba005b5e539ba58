import { z } from 'zod';
import { MAX_PERSON_NAME_LENGTH } from '../presenceIdentity.ts';

/**
 * What a name may not hold once its whitespace is tidied: control
 * characters, the bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), which make a name read as something else
 * wherever it is shown (next to a cursor, on a comment, in the exports), and
 * what is not text (unpaired surrogates, U+FFFE, U+FFFF). A name written in
 * a right-to-left script needs none of them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_IN_A_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Surrogate}/u;

/**
 * A person's name as an invitation holds it: trimmed, runs of whitespace
 * (newlines, tabs) made one space, 1 to {@link MAX_PERSON_NAME_LENGTH}
 * characters. Fails on an empty or too long name, and on one holding a
 * control or direction-override character.
 */
export const personNameSchema = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1)
      .max(MAX_PERSON_NAME_LENGTH)
      .refine((name) => !NOT_IN_A_NAME.test(name), {
        message: 'a name may not hold control characters or characters that change the direction of text',
      }),
  );
