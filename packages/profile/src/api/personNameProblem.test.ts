import { describe, expect, it } from 'vitest';
import { personNameProblem } from './personNameProblem.ts';

describe('personNameProblem', () => {
  it('takes names in any script, a right-to-left one included', () => {
    for (const name of ['Amina Diallo', 'Leyla Məmmədova', 'Борис Петров', 'أمينة ديالو', 'A\u200fB'])
      expect(personNameProblem(name)).toBeUndefined();
  });

  it('refuses control characters and the direction overrides, embeddings and isolates', () => {
    for (const name of ['Amina \u202eeniM', 'Amina\u2066 Diallo', 'Amina\u0007', 'A\u202aB', 'A\u2069', 'A\u0085']) {
      expect(personNameProblem(name)).toBe(
        'a name may not hold control characters or characters that change the direction of text',
      );
    }
  });
});
