import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type OpenedPage, openDraft } from './draftPage.ts';

export interface InviteOptions {
  name: string;
  /** An organisation id of the consultation, e.g. `min-interior`. */
  organisation?: string;
  role?: 'facilitator' | 'participant' | 'commenter' | 'observer';
  consultationId?: string;
}

/** The facilitator most end-to-end tests open: IOM's office in the demo consultation. */
export const FATOU = { name: 'Fatou Ndiaye', organisation: 'iom-veloria', role: 'facilitator' } as const;
/** The participant most end-to-end tests open, from the Ministry of Labour. */
export const AMINA = { name: 'Amina Diallo', organisation: 'min-labour', role: 'participant' } as const;

/**
 * Creates an invitation with the operator's token (which the server keeps in
 * `<dataDir>/admin-token`) and returns its join link (`/join#token=...`).
 */
export async function invite(server: { url: string; dataDir: string }, options: InviteOptions): Promise<string> {
  const adminToken = readFileSync(join(server.dataDir, 'admin-token'), 'utf8').trim();
  const consultationId = options.consultationId ?? 'demo';
  const response = await fetch(`${server.url}/api/consultations/${consultationId}/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: options.name,
      organisation: options.organisation ?? 'min-interior',
      role: options.role ?? 'participant',
    }),
  });
  if (response.status !== 201) throw new Error(`invite ${options.name}: ${response.status} ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  // The link names the server's public origin; keep the fragment, use the address the test reaches.
  const link = new URL(url);
  return `${server.url}${link.pathname}${link.hash}`;
}

/**
 * Invites `person` (as {@link invite}) and opens the consultation in a fresh
 * browser context through the invitation's link, under the invited name
 * (and in the browser language `locale`, when given).
 */
export async function openInvited(
  browser: Browser,
  server: { url: string; dataDir: string },
  person: InviteOptions & { name: string; locale?: string },
): Promise<OpenedPage> {
  return openDraft(browser, server.url, {
    name: person.name,
    joinUrl: await invite(server, person),
    ...(person.locale === undefined ? {} : { locale: person.locale }),
  });
}
