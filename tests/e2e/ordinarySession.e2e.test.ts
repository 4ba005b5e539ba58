import { draftViolations } from '@roundtable/draft';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findingText, textFormatsIn } from '../helpers/draftText.ts';
import { selectInFinding } from './commentsPage.ts';
import { type OpenedPage, openDraft, paste, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { ORDINARY_EDITS, PASTED_HTML, PASTED_HTML_AS_TEXT, pageOfText } from './ordinaryEdits.ts';
import { useServerDraftWitness } from './serverDraft.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';
import { type DraftSockets, watchDraftSockets } from './watchDraftSockets.ts';

/**
 * An ordinary session of a participant must never be refused by the server's
 * write policy (close 4422, or 4403). Before the policy is merged this checks
 * the editor's side (what reaches the server conforms to DRAFT_SCHEMA); with
 * it, a refusal closes the page's socket and keeps the edit off the server, so
 * every check below fails.
 */

const BOLD = 1;
const ITALIC = 2;

const e2e = useBrowserAndServer();
const witness = useServerDraftWitness(e2e);

interface Participant extends OpenedPage {
  sockets: DraftSockets;
}

async function participant(name: string): Promise<Participant> {
  let sockets: DraftSockets | undefined;
  const opened = await openDraft(e2e.browser, e2e.server.url, {
    name,
    joinUrl: await invite(e2e.server, { name, organisation: 'min-interior' }),
    prepare: async (context) => {
      sockets = watchDraftSockets(context);
    },
  });
  if (sockets === undefined) throw new Error('sockets not watched');
  await waitForDraft(opened.page);
  return { ...opened, sockets };
}

/**
 * Called once the server's copy shows the edit (so every frame of it was processed): the page
 * kept its one draft socket, no refusal notice, and the server closed no connection.
 */
async function expectNeverRefused(...people: Participant[]): Promise<void> {
  for (const person of people) {
    expect(person.sockets.opened()).toBe(1);
    expect(person.sockets.closed()).toBe(0);
    expect(await person.page.locator('.rt-refused, .rt-notice').count()).toBe(0);
    expect(person.errors).toEqual([]);
  }
  expect(e2e.server.output()).not.toContain('connection.closed-by-server');
  expect(draftViolations(witness.doc)).toEqual([]);
}

function edit(name: string) {
  const found = ORDINARY_EDITS.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no edit ${name}`);
  return found;
}

const noServerRestarts = {
  whileServerDown: () => Promise.reject(new Error('this session keeps the server up')),
};

describe('an ordinary session of a participant is never refused', () => {
  it('typing: every keystroke reaches the server', async () => {
    const amina = await participant('Amina');
    try {
      await edit('typing').run(amina.page, noServerRestarts);
      await expect.poll(() => findingText(witness.doc, '2.4')).toMatch(/ The Ministry adds this\.$/);
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('deleting a whole finding empties it on the server and keeps the indicator', async () => {
    const amina = await participant('Amina');
    try {
      await edit('delete-whole-finding').run(amina.page, noServerRestarts);
      await expect.poll(() => findingText(witness.doc, '5.3')).toBe('');
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('pasting a page of text (50 KB) lands on the server paragraph by paragraph', async () => {
    const amina = await participant('Amina');
    const text = pageOfText(50_000);
    const lastParagraph = text.split('\n\n').at(-1) ?? '';
    try {
      await placeCaretInFinding(amina.page, '5.1', 'end');
      await paste(amina.page, { text });
      await expect.poll(() => findingText(witness.doc, '5.1'), { timeout: 20_000 }).toContain(lastParagraph);
      const pasted = findingText(witness.doc, '5.1').match(/Paragraph \d+ of the pasted report/g) ?? [];
      expect(pasted).toHaveLength(text.split('\n\n').length);
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('bold and italic on a selection are stored as the text node’s format', async () => {
    const amina = await participant('Amina');
    try {
      await selectInFinding(amina.page, '2.5', 'Consular Service');
      await amina.page.keyboard.press('Control+b');
      await expect.poll(() => textFormatsIn(witness.doc, '2.5', 'Consular Service')).toEqual([BOLD]);
      await amina.page.keyboard.press('Control+i');
      await expect.poll(() => textFormatsIn(witness.doc, '2.5', 'Consular Service')).toEqual([BOLD | ITALIC]);
      expect(findingText(witness.doc, '2.5')).toContain('Law No. 38/2016 on Consular Service requires');
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('undo and redo take the typing off the server and put it back', async () => {
    const amina = await participant('Amina');
    try {
      await placeCaretInFinding(amina.page, '4.2', 'end');
      await amina.page.keyboard.type(' To be undone.');
      await expect.poll(() => findingText(witness.doc, '4.2')).toMatch(/ To be undone\.$/);
      await amina.page.keyboard.press('Control+z');
      await expect.poll(() => findingText(witness.doc, '4.2')).not.toContain('To be undone');
      await amina.page.keyboard.press('Control+Shift+z');
      await expect.poll(() => findingText(witness.doc, '4.2')).toMatch(/ To be undone\.$/);
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('pasting HTML with a heading, a quote and links stores paragraphs, a list and the web link only', async () => {
    const amina = await participant('Amina');
    try {
      await placeCaretInFinding(amina.page, '3.4', 'end');
      await paste(amina.page, { text: PASTED_HTML_AS_TEXT, html: PASTED_HTML });
      await expect.poll(() => findingText(witness.doc, '3.4')).toContain('A centred line');
      const text = findingText(witness.doc, '3.4');
      for (const line of ['Pasted heading', 'First pasted point', 'A quoted remark', 'this script link']) {
        expect(text).toContain(line);
      }
      expect(linkUrls(witness.doc)).toEqual(['https://example.org/report']);
      await expectNeverRefused(amina);
    } finally {
      await amina.context.close();
    }
  });

  it('two people typing in the same finding at once both reach the server', async () => {
    const [amina, boris] = await Promise.all([participant('Amina'), participant('Boris')]);
    try {
      await placeCaretInFinding(amina.page, '2.6', 'start');
      await placeCaretInFinding(boris.page, '2.6', 'end');
      await Promise.all([
        amina.page.keyboard.type('Amina writes first. ', { delay: 15 }),
        boris.page.keyboard.type(' Boris writes last.', { delay: 15 }),
      ]);
      await expect
        .poll(() => findingText(witness.doc, '2.6'))
        .toMatch(/^Amina writes first\. .* Boris writes last\.$/s);
      await expectNeverRefused(amina, boris);
    } finally {
      await Promise.all([amina.context.close(), boris.context.close()]);
    }
  });
});

/** Every link URL in the draft. */
function linkUrls(doc: Y.Doc): unknown[] {
  const urls: unknown[] = [];
  const visit = (type: Y.XmlText): void => {
    for (const op of type.toDelta() as { insert: unknown }[]) {
      if (!(op.insert instanceof Y.XmlText)) continue;
      if (op.insert.getAttribute('__type') === 'link') urls.push(op.insert.getAttribute('__url'));
      visit(op.insert);
    }
  };
  visit(doc.get('root', Y.XmlText));
  return urls;
}
