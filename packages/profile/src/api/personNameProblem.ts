/**
 * What a person's name may not hold: control characters, and the
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which make a name read as something else wherever it is
 * shown (next to a cursor, on a comment, in the exports). A name in a
 * right-to-left script needs none of them.
 */
const NOT_IN_A_NAME = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/**
 * Why `name` (as `personNameSchema` tidied it) cannot be a person's name, or
 * undefined when it can. Checked by the server where a name is set (an
 * invitation, `PATCH /api/me`); kept out of the schema so that the client's
 * first load, which parses people with it, does not carry it.
 *
 * @example
 * personNameProblem('Amina \u202eeniM'); // 'a name may not hold control characters or characters that change the direction of text'
 */
export function personNameProblem(name: string): string | undefined {
  return NOT_IN_A_NAME.test(name)
    ? 'a name may not hold control characters or characters that change the direction of text'
    : undefined;
}
