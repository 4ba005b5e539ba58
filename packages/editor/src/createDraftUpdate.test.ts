import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type Consultation, demoConsultation } from '@roundtable/profile';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftEditorFromUpdate } from './createDraftEditorFromUpdate.ts';
import { createDraftUpdate } from './createDraftUpdate.ts';
import { draftClientId } from './draftClientId.ts';
import { $isIndicatorNode } from './IndicatorNode.ts';
import { readOutline } from './readOutline.ts';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function textOf(update: Uint8Array): string {
  return createDraftEditorFromUpdate(update).read(() => $getRoot().getTextContent());
}

describe('createDraftUpdate', () => {
  it('is byte-identical across calls', () => {
    const a = createDraftUpdate(demoConsultation);
    // A structural copy, so the result is rebuilt rather than served from the cache.
    const b = createDraftUpdate(structuredClone(demoConsultation));
    expect(a.length).toBeGreaterThan(1000);
    expect(sha(a)).toBe(sha(b));
  });

  it('is byte-identical in another process', () => {
    const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
    const script = `
      import { createHash } from 'node:crypto';
      import { demoConsultation } from '@roundtable/profile';
      const { createDraftUpdate } = await import(${JSON.stringify(entry)});
      process.stdout.write(createHash('sha256').update(createDraftUpdate(demoConsultation)).digest('hex'));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(out).toBe(sha(createDraftUpdate(demoConsultation)));
    // A fresh Node process compiling the packages with tsx: about 5 s on a 2-core machine under load.
  }, 30_000);

  it('writes the root the client binding reads: doc.get("root", Y.XmlText)', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
    expect([...doc.share.keys()]).toEqual(['root']);
    expect(doc.get('root', Y.XmlText).length).toBeGreaterThan(0);
  });

  it('reproduces every indicator with its properties in a freshly bound editor', () => {
    const editor = createDraftEditorFromUpdate(createDraftUpdate(demoConsultation));
    const outline = readOutline(editor.getEditorState());
    expect(outline.title).toBe(demoConsultation.title);
    expect(outline.domains.map((d) => d.code)).toEqual([1, 2, 3, 4, 5, 6]);
    const indicators = outline.domains.flatMap((d) => d.indicators);
    expect(indicators).toHaveLength(demoConsultation.indicators.length);
    const seeded = editor.read(() => $getRoot().getChildren().filter($isIndicatorNode));
    for (const expected of demoConsultation.indicators) {
      const node = seeded.find((n) => n.__indicatorId === expected.id);
      expect(node, expected.id).toBeDefined();
      if (node === undefined) continue;
      editor.read(() => {
        expect(node.getTitle()).toBe(expected.title);
        expect(node.getQuestion()).toBe(expected.question);
        expect(node.getAnswer()).toBe(expected.answer);
        expect(node.getKind()).toBe(expected.kind);
        expect(node.getStatus()).toBe(expected.status);
        expect(node.getSources()).toEqual(expected.sources);
        expect(node.getTextContent().replace(/\s+/g, ' ').trim()).toBe(expected.finding.replace(/\s+/g, ' ').trim());
      });
    }
  });

  it('does not duplicate content when the seed is applied twice (two servers seeding one room)', () => {
    const once = new Y.Doc();
    Y.applyUpdate(once, createDraftUpdate(demoConsultation));
    const twice = new Y.Doc();
    Y.applyUpdate(twice, createDraftUpdate(demoConsultation));
    Y.applyUpdate(twice, createDraftUpdate(structuredClone(demoConsultation)));
    expect(sha(Y.encodeStateAsUpdate(twice))).toBe(sha(Y.encodeStateAsUpdate(once)));
    const text = textOf(Y.encodeStateAsUpdate(twice));
    expect(text).toBe(textOf(createDraftUpdate(demoConsultation)));
    expect(text.split(demoConsultation.indicators[0]?.finding.slice(0, 60) ?? '?')).toHaveLength(2);
  });

  it('keeps later edits when a late duplicate seed arrives', () => {
    const seed = createDraftUpdate(demoConsultation);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seed);
    doc.get('root', Y.XmlText).insert(0, 'x');
    const before = sha(Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, seed);
    expect(sha(Y.encodeStateAsUpdate(doc))).toBe(before);
  });

  it('hands out copies, so a caller cannot corrupt the cached seed', () => {
    const a = createDraftUpdate(demoConsultation);
    a.fill(0);
    expect(createDraftUpdate(demoConsultation).some((byte) => byte !== 0)).toBe(true);
  });

  it('derives a different client id when the content changes', () => {
    const changed: Consultation = { ...demoConsultation, summary: `${demoConsultation.summary} Amended.` };
    expect(draftClientId(changed)).not.toBe(draftClientId(demoConsultation));
    expect(draftClientId({ ...demoConsultation })).toBe(draftClientId(demoConsultation));
  });
});
