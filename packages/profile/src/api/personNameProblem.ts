/**
 * What a person's or an organisation's name may not hold: control characters,
 * and the format characters (Unicode category Cf: the bidirectional marks,
 * embeddings, overrides and isolates, zero-width spaces, soft hyphens, tag
 * characters), which make a name read as something else or as nothing
 * wherever it is shown (next to a cursor, on a comment, in the exports). The
 * zero-width joiner and non-joiner stay: some scripts write names with them. The Hangul fillers count as
 * letters but show nothing.
 */
const NOT_IN_A_NAME = /[\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0]/u;
const JOINERS = /[\u200c\u200d]/g;
/** A name shows at least one letter: not only blanks, fillers or marks. */
const A_LETTER = /\p{L}/u;

/**
 * Why `name` (tidied as `personNameSchema` does) cannot be a person's or an
 * organisation's name, or undefined when it can. Checked by the server where
 * a name is set (an invitation, `PATCH /api/me`); kept out of the schema so
 * that the client's first load, which parses people with it, does not carry it.
 *
 * @example
 * personNameProblem('Amina \u202eeniM'); // 'a name may not hold control characters or invisible formatting characters'
 * personNameProblem('\u3164'); // 'a name must have at least one letter'
 */
export function personNameProblem(name: string): string | undefined {
  if (NOT_IN_A_NAME.test(name.replace(JOINERS, ''))) {
    return 'a name may not hold control characters or invisible formatting characters';
  }
  if (!A_LETTER.test(name)) return 'a name must have at least one letter';
  return undefined;
}
