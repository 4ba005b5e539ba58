import { beforeAll } from 'vitest';
import { loadLaterEnglish } from './catalogues.ts';

// Unit tests run a panel's code at once; in the page it runs only after its English words are there
// (`withLaterMessages`). The first screen's own words are checked by firstScreenMessages.test.ts.
beforeAll(() => loadLaterEnglish());
