import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findingText } from '../helpers/draftText.ts';
import { finding, openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { invite } from './invite.ts';
import { useServerDraftWitness } from './serverDraft.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();
const witness = useServerDraftWitness(e2e);

async function findingOn(page: Page): Promise<string> {
  return (await finding(page, '2.4').textContent()) ?? '';
}

describe('two people typing at the same caret', () => {
  it('keeps each person’s word in one piece, in both browsers and on the server', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina',
      joinUrl: await invite(e2e.server, { name: 'Amina' }),
    });
    const boris = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Boris',
      joinUrl: await invite(e2e.server, { name: 'Boris' }),
    });
    try {
      await Promise.all([waitForDraft(amina.page), waitForDraft(boris.page)]);
      const before = await findingOn(amina.page);
      await placeCaretInFinding(amina.page, '2.4', 'start');
      await placeCaretInFinding(boris.page, '2.4', 'start');

      // Round by round, each types one letter at the same moment (so the two
      // insertions are concurrent), then both wait until they see both letters.
      const words = { amina: 'alpha', boris: 'omega' };
      for (let i = 0; i < words.amina.length; i++) {
        await Promise.all([
          amina.page.keyboard.type(words.amina.charAt(i)),
          boris.page.keyboard.type(words.boris.charAt(i)),
        ]);
        const length = before.length + 2 * (i + 1);
        await expect.poll(() => findingOn(amina.page).then((t) => t.length)).toBe(length);
        await expect.poll(() => findingOn(boris.page).then((t) => t.length)).toBe(length);
      }

      const seen = await findingOn(amina.page);
      expect(seen.endsWith(before)).toBe(true);
      const typed = seen.slice(0, seen.length - before.length);
      expect([`${words.amina}${words.boris}`, `${words.boris}${words.amina}`]).toContain(typed);
      expect(await findingOn(boris.page)).toBe(seen);
      await expect.poll(() => findingText(witness.doc, '2.4').startsWith(typed)).toBe(true);

      expect(amina.errors).toEqual([]);
      expect(boris.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), boris.context.close()]);
    }
  });
});
