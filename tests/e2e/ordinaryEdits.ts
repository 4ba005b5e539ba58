import type { Page } from 'playwright-core';
import { selectInFinding } from './commentsPage.ts';
import { paste, placeCaretAt, placeCaretInFinding } from './draftPage.ts';

/** What an edit may need besides the page: taking the server away for a while (offline editing). */
export interface EditContext {
  /** Stops the server, runs `meanwhile`, starts it again on the same port and data, and waits for the page to resync. */
  whileServerDown(meanwhile: () => Promise<void>): Promise<void>;
}

/** One everyday operation of a participant in the draft, as DRAFT-UPDATES.md lists them. */
export interface OrdinaryEdit {
  /** Kebab-case, used in fixture file names. */
  name: string;
  /** What the person does, in words. */
  what: string;
  run(page: Page, context: EditContext): Promise<void>;
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** At least `length` characters of plain text: paragraphs of about 200 characters, separated by blank lines. */
export function pageOfText(length: number): string {
  const paragraph = (n: number) =>
    `Paragraph ${n} of the pasted report. The working group reviewed the implementation of the national ` +
    `strategy with the ministries, the agencies and civil society, and recorded its findings for the profile.`;
  const paragraphs: string[] = [];
  for (let n = 1; paragraphs.join('\n\n').length < length; n++) paragraphs.push(paragraph(n));
  return paragraphs.join('\n\n');
}

/** HTML as copied from a web page or a word processor: a heading, a list, a quote, links and an aligned paragraph. */
export const PASTED_HTML =
  '<h2>Pasted heading</h2>' +
  '<ul><li>First pasted point</li><li>Second pasted point</li></ul>' +
  '<blockquote>A quoted remark</blockquote>' +
  '<p>See <a href="https://example.org/report">the 2025 report</a> and <a href="javascript:alert(1)">this script link</a>.</p>' +
  '<p style="text-align: center">A centred line</p>';

export const PASTED_HTML_AS_TEXT =
  'Pasted heading\nFirst pasted point\nSecond pasted point\nA quoted remark\nSee the 2025 report and this script link.\nA centred line';

/** Every operation DRAFT-UPDATES.md measured, in an order where each one starts from what the previous left. */
export const ORDINARY_EDITS: readonly OrdinaryEdit[] = [
  {
    name: 'typing',
    what: 'types a sentence at the end of finding 2.4, one frame per keystroke',
    run: async (page) => {
      await placeCaretInFinding(page, '2.4', 'end');
      await page.keyboard.type(' The Ministry adds this.');
    },
  },
  {
    name: 'backspace',
    what: 'presses Backspace three times at the end of finding 2.4',
    run: async (page) => {
      await placeCaretInFinding(page, '2.4', 'end');
      await press(page, 'Backspace', 3);
    },
  },
  {
    name: 'ctrl-backspace',
    what: 'presses Ctrl+Backspace twice at the end of finding 2.4 (deletes words)',
    run: async (page) => {
      await placeCaretInFinding(page, '2.4', 'end');
      await press(page, 'Control+Backspace', 2);
    },
  },
  {
    name: 'bold-selection',
    what: 'selects words in finding 2.5 and makes them bold',
    run: async (page) => {
      await selectInFinding(page, '2.5', 'Consular Service');
      await page.keyboard.press('Control+b');
    },
  },
  {
    name: 'italic-underline-toggle',
    what: 'selects the same (now bold) words and toggles italic, then underline',
    run: async (page) => {
      await selectInFinding(page, '2.5', 'Consular Service');
      await page.keyboard.press('Control+i');
      await page.keyboard.press('Control+u');
    },
  },
  {
    name: 'enter-and-merge',
    what: 'presses Enter in the middle of finding 2.6, then Backspace to merge the two paragraphs again',
    run: async (page) => {
      await selectInFinding(page, '2.6', 'covers labour migration');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Backspace');
    },
  },
  {
    name: 'paste-plain-paragraphs',
    what: 'pastes plain text with paragraphs and a blank line at the end of finding 3.3',
    run: async (page) => {
      await placeCaretInFinding(page, '3.3', 'end');
      await paste(page, {
        text: 'First pasted paragraph.\n\nSecond pasted paragraph, after a blank line.\nA third line.',
      });
    },
  },
  {
    name: 'paste-html',
    what: 'pastes HTML with a heading, a list, a quote, a web link, a javascript: link and a centred paragraph into 3.4',
    run: async (page) => {
      await placeCaretInFinding(page, '3.4', 'end');
      await paste(page, { text: PASTED_HTML_AS_TEXT, html: PASTED_HTML });
    },
  },
  {
    name: 'shift-enter',
    what: 'presses Shift+Enter at the end of finding 4.1 and types a line',
    run: async (page) => {
      await placeCaretInFinding(page, '4.1', 'end');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('After a line break.');
    },
  },
  {
    name: 'enter-in-key-sources',
    what: 'presses Enter at the end of the first Key sources item and types a new source',
    run: async (page) => {
      await placeCaretAt(page, '#section-sources + ul > li', 'end');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Decree No. 12/2026');
    },
  },
  {
    name: 'summary-typing-enter',
    what: 'types at the end of the first Summary paragraph, presses Enter and types a new paragraph',
    run: async (page) => {
      await placeCaretAt(page, '#section-summary + p', 'end');
      await page.keyboard.type(' Summary addition.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('A new summary paragraph.');
    },
  },
  {
    name: 'context-typing-enter',
    what: 'types at the end of the first Country context paragraph, presses Enter and types a new paragraph',
    run: async (page) => {
      await placeCaretAt(page, '#section-context + p', 'end');
      await page.keyboard.type(' Context addition.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('A new context paragraph.');
    },
  },
  {
    name: 'undo',
    what: 'presses Ctrl+Z three times (undoing the Country context edit, root-level paragraphs included)',
    run: async (page) => {
      await press(page, 'Control+z', 3);
    },
  },
  {
    name: 'redo',
    what: 'presses Ctrl+Shift+Z three times (redoing it)',
    run: async (page) => {
      await press(page, 'Control+Shift+z', 3);
    },
  },
  {
    name: 'offline-then-reconnect',
    what: 'types in finding 4.3 and deletes a word while the server is down; the page sends a sync step 2 on reconnection',
    run: async (page, context) => {
      await context.whileServerDown(async () => {
        await placeCaretInFinding(page, '4.3', 'end');
        await page.keyboard.type(' Typed while offline.');
        await page.keyboard.press('Control+Backspace');
      });
    },
  },
  {
    name: 'paste-50kb',
    what: 'pastes 50 KB of plain text paragraphs at the end of finding 5.1',
    run: async (page) => {
      await placeCaretInFinding(page, '5.1', 'end');
      await paste(page, { text: pageOfText(50_000) });
    },
  },
  {
    name: 'delete-whole-finding',
    what: 'selects all of finding 5.3 (Ctrl+A stays inside the indicator) and presses Backspace',
    run: async (page) => {
      await placeCaretInFinding(page, '5.3', 'end');
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
    },
  },
];
