import { describe, expect, it } from 'vitest';
import { personNameProblem } from './personNameProblem.ts';

const INVISIBLE = 'a name may not hold control characters or invisible formatting characters';

describe('personNameProblem', () => {
  it('takes names in any script, a right-to-left one and one written with a zero-width non-joiner included', () => {
    for (const name of [
      'Amina Diallo',
      'Leyla Məmmədova',
      'Борис Петров',
      'أمينة ديالو',
      'می\u200cخواهم',
      "O'Neil-Smith",
    ])
      expect(personNameProblem(name)).toBeUndefined();
  });

  it('refuses control characters and the invisible formatting ones: direction marks and overrides, zero-width spaces', () => {
    for (const name of [
      'Amina \u202eeniM',
      'Amina\u2066 Diallo',
      'Amina\u0007',
      'A\u200fB',
      'A\u061cB',
      'A\u200bB',
      'A\u00adB',
      'A\u{e0041}',
    ])
      expect(personNameProblem(name)).toBe(INVISIBLE);
  });

  it('refuses a name with no letter: blanks and fillers only', () => {
    expect(personNameProblem('\u3164')).toBe(INVISIBLE);
    for (const name of ['\u2800', '...', '42'])
      expect(personNameProblem(name)).toBe('a name must have at least one letter');
  });
});
