/**
 * The functions that took the most CPU in a V8 profile (`node --cpu-prof`),
 * with file:line: by self time, or with `--inclusive` by time including callees.
 * `pnpm bench --profile prof/` writes one profile per server.
 *
 *   tsx tools/topFunctions.ts prof/CPU.<...>.cpuprofile [--inclusive] [--top 25] [--from 18 --to 30] [--timeline]
 *
 * `--from`/`--to` (seconds since the profile started) keep only the samples
 * in that span, e.g. a workload's measured window without the server's start;
 * `--timeline` prints the share of each second the thread was busy (not
 * idle), to find that span.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    inclusive: { type: 'boolean' },
    top: { type: 'string', default: '25' },
    from: { type: 'string' },
    to: { type: 'string' },
    timeline: { type: 'boolean' },
  },
});
const [file] = positionals;
if (!file) throw new Error('usage: tsx tools/topFunctions.ts <file.cpuprofile> [--inclusive] [--top 25]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return `${functionName || '(anonymous)'}  (native)`;
  const path = url.replace('file://', '');
  // tsx strips newlines, so every function of a .ts file reports line 1: find its definition by name instead.
  const line = lineNumber === 0 && /\.tsx?$/.test(path) ? definitionLine(path, functionName) : lineNumber + 1;
  return `${functionName || '(anonymous)'}  ${relative(process.cwd(), path)}:${line ?? '?'}`;
};

const sources = new Map<string, string[]>();
function definitionLine(path: string, name: string): number | undefined {
  if (!name) return undefined;
  let lines = sources.get(path);
  if (!lines) {
    lines = readFileSync(path, 'utf8').split('\n');
    sources.set(path, lines);
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const definition = new RegExp(
    `(function\\s+${escaped}\\b|^\\s*(?:(?:private|public|protected|static|readonly|async|get|set)\\s+)*${escaped}\\s*(?:[(<=]|:\\s*\\())`,
  );
  const index = lines.findIndex((l) => definition.test(l));
  return index === -1 ? undefined : index + 1;
}

const fromUs = values.from === undefined ? 0 : Number(values.from) * 1e6;
const toUs = values.to === undefined ? Number.POSITIVE_INFINITY : Number(values.to) * 1e6;
if (values.timeline) {
  const busy: number[] = [];
  const all: number[] = [];
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const second = Math.floor(at / 1e6);
    all[second] = (all[second] ?? 0) + delta;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busy[second] = (busy[second] ?? 0) + delta;
  });
  const shares = Array.from(all, (us, s) => `${s}:${Math.round(((busy[s] ?? 0) / (us || 1)) * 100)}%`);
  process.stdout.write(`busy share per second: ${shares.join(' ')}\n`);
}

const timeUs = new Map<string, number>();
let totalUs = 0;
let sinceStartUs = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  sinceStartUs += delta;
  if (sinceStartUs < fromUs || sinceStartUs > toUs) return;
  totalUs += delta;
  // Each function counts once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let node = byId.get(id); node; node = values.inclusive ? byId.get(parent.get(node.id) ?? -1) : undefined) {
    const key = label(node);
    if (seen.has(key)) continue;
    seen.add(key);
    timeUs.set(key, (timeUs.get(key) ?? 0) + delta);
  }
});
const top = [...timeUs].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
process.stdout.write(`${(totalUs / 1000).toFixed(0)} ms sampled, ${values.inclusive ? 'inclusive' : 'self'} time\n`);
for (const [key, us] of top) {
  process.stdout.write(
    `${((us / totalUs) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}\n`,
  );
}
