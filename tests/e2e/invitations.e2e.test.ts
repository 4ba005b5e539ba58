import { describe, expect, it } from 'vitest';
import { waitForDraftLoaded } from './commentsPage.ts';
import { openDraft, placeCaretInFinding, waitForDraft } from './draftPage.ts';
import { FATOU, invite, openInvited } from './invite.ts';
import { useBrowserAndServer } from './useBrowserAndServer.ts';

const e2e = useBrowserAndServer();

describe("the facilitator's panel", () => {
  it('invites a person whose link opens the consultation, and revoking them disconnects them within seconds', async () => {
    const fatou = await openInvited(e2e.browser, e2e.server, FATOU);
    const guest = await e2e.openPage({
      prepare: (context) => context.addInitScript(() => window.localStorage.setItem('roundtable.name', 'Boris Petrov')),
    });
    try {
      await waitForDraft(fatou.page);
      await fatou.page.getByRole('button', { name: 'Invite people' }).click();
      const panel = fatou.page.getByRole('dialog', { name: 'People and invitations' });
      await panel.getByLabel('Name').fill('Boris Petrov');
      await panel.getByLabel(/^Organisation/).fill('state migration service');
      expect(await panel.textContent()).toContain('taking part in this consultation');
      await panel.getByText('Commenter', { exact: true }).click();
      await panel.getByRole('button', { name: 'Create invitation link' }).click();

      const link = panel.getByRole('textbox', { name: 'Invitation link' });
      await link.waitFor();
      const url = await link.inputValue();
      expect(url).toMatch(/\/join#token=[\w.-]+$/);
      // The QR code encodes the same link, drawn for people in the room.
      const qr = panel.locator('.rt-qr canvas');
      expect(await qr.getAttribute('data-qr')).toBe(url);
      expect(await qr.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(100);
      expect(await panel.textContent()).toContain('State Migration Service · Commenter');

      // A third person opens the link: they are in, as the invited person, read-only.
      const { page } = guest;
      await page.goto(url);
      await waitForDraftLoaded(page);
      await page.getByTestId('read-only').waitFor();
      expect(await page.getByTestId('read-only').getAttribute('title')).toBe(
        'Your invitation lets you follow the draft, not edit it',
      );
      const row = panel.locator('.rt-invited[data-person="Boris Petrov"]');
      await row.locator('.rt-invited__status', { hasText: 'Here now' }).waitFor({ timeout: 10_000 });
      expect(await row.textContent()).toContain('Commenter');

      await row.getByRole('button', { name: 'Revoke' }).click();
      await row.getByRole('button', { name: 'Revoke invitation' }).click();
      // Within seconds (the sessions' sweep), or the wait fails.
      await page.getByRole('alert').filter({ hasText: 'Your invitation was withdrawn' }).waitFor({ timeout: 5_000 });
      await page.locator('.rt-pill[data-status="refused"]').waitFor();

      // Revoked invitations leave the list of active ones; the facilitator can still show them.
      await row.waitFor({ state: 'detached' });
      await panel.getByText(/^Show revoked and expired/).click();
      await panel
        .locator('.rt-invited[data-person="Boris Petrov"] .rt-invited__status', { hasText: 'Revoked' })
        .waitFor();
      expect(fatou.errors).toEqual([]);
    } finally {
      await Promise.all([fatou.context.close(), guest.context.close()]);
    }
  });

  it('is not offered to roles that may not invite', async () => {
    const amina = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Amina Diallo',
      joinUrl: await invite(e2e.server, { name: 'Amina Diallo', role: 'participant' }),
    });
    try {
      await waitForDraft(amina.page);
      // People here: grouped by organisation, with role badges.
      await amina.page.getByRole('tab', { name: /People here/ }).click();
      const group = amina.page.getByRole('region', { name: 'Ministry of Interior' });
      await group.locator('.rt-person[data-person="Amina Diallo"] .rt-role', { hasText: 'Participant' }).waitFor();
      expect(await amina.page.getByRole('button', { name: 'Invite people' }).count()).toBe(0);
    } finally {
      await amina.context.close();
    }
  });
});

describe('the facilitator’s panel in Azerbaijani', () => {
  it('lists invited people in the Azerbaijani alphabet and finds them by typed text, İ and ı apart', async () => {
    // Listed in the order an English sort would give, to show the panel sorts them itself.
    const azerbaijani = [
      'Cavid Nəsirov',
      'Çinarə Rzayeva',
      'Elnur Hüseynov',
      'Əli İsmayılov',
      'Işıq Həsənova',
      'İlkin Məmmədov',
      'Sevda Quliyeva',
      'Şahin Əliyev',
    ];
    for (const name of [...azerbaijani].reverse()) await invite(e2e.server, { name, organisation: 'min-interior' });
    const fatou = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Fatou Ndiaye',
      joinUrl: await invite(e2e.server, FATOU),
      prepare: (context) => context.addInitScript(() => window.localStorage.setItem('roundtable.language', 'az')),
    });
    try {
      await waitForDraft(fatou.page);
      await fatou.page.getByRole('button', { name: 'İnsanları dəvət et' }).click();
      const panel = fatou.page.getByRole('dialog', { name: 'Şəxslər və dəvətlər' });
      const listed = async () =>
        (
          await panel.locator('.rt-invited').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')))
        ).filter((name): name is string => name !== null && azerbaijani.includes(name));
      await panel.locator('.rt-invited[data-person="Şahin Əliyev"]').waitFor();
      expect(await listed()).toEqual(azerbaijani);
      expect(await panel.locator('.rt-invited[data-person="Işıq Həsənova"] .rt-role').textContent()).toBe('İştirakçı');

      // Azerbaijani case folding: "ISMAYIL" is not "İsmayıl", "IŞIQ" is "ışıq".
      const search = panel.getByRole('searchbox', { name: 'Şəxs və ya təşkilat axtarın' });
      await search.fill('İSMAYIL');
      await panel.locator('.rt-invited').first().waitFor();
      expect(await listed()).toEqual(['Əli İsmayılov']);
      await search.fill('IŞIQ');
      expect(await listed()).toEqual(['Işıq Həsənova']);
      await search.fill('ışıqlı');
      expect(await panel.textContent()).toContain('“ışıqlı” üzrə heç kim tapılmadı.');
      expect(fatou.errors).toEqual([]);
    } finally {
      await fatou.context.close();
    }
  });
});

describe('a person’s name', () => {
  it('is the invitation’s: the prompt offers it, and a correction there shows on the cursor and in the people list', async () => {
    const joinUrl = await invite(e2e.server, { name: 'Amina Dialo', organisation: 'min-labour', role: 'participant' });
    const amina = await e2e.openPage();
    const boris = await openDraft(e2e.browser, e2e.server.url, {
      name: 'Boris Petrov',
      joinUrl: await invite(e2e.server, { name: 'Boris Petrov', organisation: 'state-migration-service' }),
    });
    try {
      const { page } = amina;
      await page.goto(joinUrl);
      const input = page.getByLabel('Your name');
      expect(await input.inputValue()).toBe('Amina Dialo');
      await input.fill('Amina Diallo');
      await page.getByRole('button', { name: 'Join' }).click();
      await waitForDraft(page);
      expect(await page.evaluate(async () => (await (await fetch('/api/me')).json()).name)).toBe('Amina Diallo');

      await waitForDraft(boris.page);
      await placeCaretInFinding(page, '2.4', 'start');
      await boris.page.locator('.rt-cursor__name', { hasText: 'Amina Diallo' }).waitFor({ timeout: 10_000 });
      await boris.page.getByRole('tab', { name: /People here/ }).click();
      await boris.page
        .getByRole('region', { name: 'Ministry of Labour and Social Protection' })
        .locator('.rt-person[data-person="Amina Diallo"]')
        .waitFor({ timeout: 10_000 });
      expect(await boris.page.locator('.rt-person[data-person="Amina Dialo"]').count()).toBe(0);
      expect(boris.errors).toEqual([]);
    } finally {
      await Promise.all([amina.context.close(), boris.context.close()]);
    }
  });
});
