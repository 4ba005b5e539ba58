import { describe, expect, it } from 'vitest';
import { localTimeZoneData, type PackedTimeZoneData } from './localTimeZoneData.ts';

/** The zone's changes as [ISO instant or null for "always", offset in minutes, summer time]. */
function changes(data: PackedTimeZoneData, zone: string): Array<[string | null, number, boolean]> {
  const offsets = data.offsets.split('|').map((n) => Number.parseInt(n, 36));
  const line = data.zones.find((z) => z.startsWith(`${zone}|`));
  if (line === undefined) throw new Error(`no ${zone}`);
  return line
    .split('|')
    .slice(1)
    .map((entry) => {
      const [since = '', , offset = '0', dst] = entry.split(',');
      const at = since === '' ? null : new Date(Number.parseInt(since, 36) * 1000).toISOString();
      return [at, (offsets[Number(offset)] ?? Number.NaN) / 60, dst === '1'];
    });
}

describe('localTimeZoneData', () => {
  it('finds a change of offset to the second, and the summer time of the higher offset', () => {
    const change = Date.UTC(2016, 2, 27, 0, 0, 0);
    const summerOfBaku = (ms: number) => (ms >= change && ms < Date.UTC(2016, 9, 30) ? 300 : 240);
    const data = localTimeZoneData(['Asia/Baku'], summerOfBaku);
    expect(changes(data, 'Asia/Baku')).toEqual([
      [null, 240, false],
      ['2016-03-27T00:00:00.000Z', 300, true],
      ['2016-10-30T00:00:00.000Z', 240, false],
    ]);
  });

  it("follows the engine's own zone: British summer time in 2026", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      const data = localTimeZoneData(['Europe/London']);
      const in2026 = changes(data, 'Europe/London').filter(([at]) => at?.startsWith('2026'));
      expect(in2026).toEqual([
        ['2026-03-29T01:00:00.000Z', 60, true],
        ['2026-10-25T01:00:00.000Z', 0, false],
      ]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('lists every name given and UTC, once each', () => {
    const data = localTimeZoneData(['Asia/Calcutta', 'Asia/Kolkata', 'Asia/Kolkata', 'UTC'], () => 330);
    expect(data.zones.map((z) => z.split('|')[0])).toEqual(['Asia/Calcutta', 'Asia/Kolkata', 'UTC']);
    expect(changes(data, 'Asia/Kolkata')).toEqual([[null, 330, false]]);
    expect(changes(data, 'UTC')).toEqual([[null, 0, false]]);
  });
});
