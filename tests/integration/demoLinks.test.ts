import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/members.ts';
import { waitFor } from '../helpers/providers.ts';
import { type ServerProcess, startServer } from '../helpers/startServer.ts';

const servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

interface Banner {
  facilitator: string;
  participant: string;
  adminToken: string;
}

async function startWithBanner(dataDir?: string): Promise<{ server: ServerProcess; banner: Banner }> {
  const server = await startServer({
    ...(dataDir ? { dataDir } : {}),
    // Unset, so the server generates and keeps its own; empty values count as unset.
    env: { ROUNDTABLE_BANNER: '1', ADMIN_TOKEN: '', SECRET: '' },
  });
  servers.push(server);
  await waitFor(() => /Participant link/.test(server.output()), 'the banner');
  const find = (pattern: RegExp) => pattern.exec(server.output())?.[1] ?? '';
  return {
    server,
    banner: {
      facilitator: find(/Facilitator link \(Demo facilitator, IOM Veloria Office\): (\S+)/),
      participant: find(/Participant link \(Demo participant, Ministry of Interior\): (\S+)/),
      adminToken: find(/Admin token: (\S+)/),
    },
  };
}

const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');

describe('the demo started by main.ts', () => {
  it('keeps stdout one JSON log record per line, the banner going to stderr', async () => {
    const { server, banner } = await startWithBanner();
    expect(banner.participant).not.toBe('');
    const lines = server
      .stdout()
      .split('\n')
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(server.stdout()).not.toContain('Participant link');
  });

  it('prints an admin token and demo links that work, and the same ones after a restart', async () => {
    const { server, banner } = await startWithBanner();
    // A compact JWT: header, claims and signature.
    expect(banner.facilitator).toMatch(new RegExp(`^${server.url}/join#token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    expect(banner.participant).toMatch(/\/join#token=/);

    // The generated secrets are kept, readable by the owner only.
    for (const file of ['admin-token', 'secret']) {
      expect(statSync(join(server.dataDir, file)).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(server.dataDir, 'admin-token'), 'utf8').trim()).toBe(banner.adminToken);
    expect(server.output()).not.toContain(readFileSync(join(server.dataDir, 'secret'), 'utf8').trim());

    const facilitator = await api(server, '/api/join', {
      method: 'POST',
      body: { token: tokenOf(banner.facilitator) },
    });
    expect(facilitator.body).toMatchObject({
      kind: 'member',
      name: 'Demo facilitator',
      role: 'facilitator',
      organisation: { id: 'iom-veloria', name: 'IOM Veloria Office' },
      consultation: { id: 'demo', rooms: { draft: 'demo:draft' } },
    });
    const participant = await api(server, '/api/join', {
      method: 'POST',
      body: { token: tokenOf(banner.participant) },
    });
    expect(participant.body).toMatchObject({ role: 'participant', organisation: { id: 'min-interior' } });
    const list = await api(server, '/api/consultations', { token: banner.adminToken });
    expect(list.status).toBe(200);

    await server.stop();
    const again = await startWithBanner(server.dataDir);
    expect(tokenOf(again.banner.facilitator)).toBe(tokenOf(banner.facilitator));
    expect(tokenOf(again.banner.participant)).toBe(tokenOf(banner.participant));
    expect(again.banner.adminToken).toBe(banner.adminToken);
  });
});
