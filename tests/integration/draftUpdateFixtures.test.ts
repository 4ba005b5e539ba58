import { checkDraftUpdate, draftViolations, findIndicator } from '@roundtable/draft';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDraftUpdateFixtures } from '../fixtures/draft-updates/loadDraftUpdateFixtures.ts';
import { findingText } from '../helpers/draftText.ts';

/** The recorded fixtures (tests/fixtures/draft-updates, made by record.ts in Chromium), replayed without a server. */
const fixtures = loadDraftUpdateFixtures();

function replay(fixture: (typeof fixtures)[number]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fixture.before);
  for (const frame of fixture.frames) Y.applyUpdate(doc, frame.update);
  return doc;
}

describe('the recorded updates of ordinary editing', () => {
  it('cover every operation DRAFT-UPDATES.md measured', () => {
    expect(fixtures.map((f) => f.name)).toEqual([
      'typing',
      'backspace',
      'ctrl-backspace',
      'bold-selection',
      'italic-underline-toggle',
      'enter-and-merge',
      'paste-plain-paragraphs',
      'paste-html',
      'shift-enter',
      'enter-in-key-sources',
      'summary-typing-enter',
      'context-typing-enter',
      'undo',
      'redo',
      'offline-then-reconnect',
      'paste-50kb',
      'delete-whole-finding',
    ]);
    for (const fixture of fixtures) expect(fixture.frames.length, fixture.name).toBeGreaterThan(0);
  });

  it('apply to the document they were made on with no missing dependency', () => {
    for (const fixture of fixtures) {
      const doc = replay(fixture);
      expect({ name: fixture.name, pendingStructs: doc.store.pendingStructs, pendingDs: doc.store.pendingDs }).toEqual({
        name: fixture.name,
        pendingStructs: null,
        pendingDs: null,
      });
    }
  });

  // The editor must never produce what the write policy refuses: every document ordinary editing leads to conforms.
  it('leave a draft that DRAFT_SCHEMA accepts after every operation', () => {
    for (const fixture of fixtures) {
      expect({ name: fixture.name, violations: draftViolations(replay(fixture)) }).toEqual({
        name: fixture.name,
        violations: [],
      });
    }
  });

  // The write policy must let every one of them through, frame by frame, as the server would receive them.
  it('pass the write policy as a participant, frame after frame', () => {
    for (const fixture of fixtures) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, fixture.before);
      const outcomes = fixture.frames.map((frame) => {
        const check = checkDraftUpdate(doc, frame.update, { kind: 'member', role: 'participant' });
        if (check.outcome === 'accept') Y.applyUpdate(doc, frame.update);
        return check.outcome === 'refuse' ? `refused: ${check.refusals[0]?.message}` : check.outcome;
      });
      expect({ name: fixture.name, refused: outcomes.filter((o) => o.startsWith('refused')) }).toEqual({
        name: fixture.name,
        refused: [],
      });
      expect({ name: fixture.name, violations: draftViolations(doc) }).toEqual({ name: fixture.name, violations: [] });
    }
  });

  it('hold pasted HTML as paragraphs, a list and a web link: the heading, quote and javascript: link are gone', () => {
    const fixture = fixtures.find((f) => f.name === 'paste-html');
    if (fixture === undefined) throw new Error('no paste-html fixture');
    const doc = replay(fixture);
    const text = findingText(doc, '3.4');
    expect(text).toContain('Pasted heading');
    expect(text).toContain('A quoted remark');
    const types = new Set<string>();
    const urls: unknown[] = [];
    const collect = (type: Y.XmlText): void => {
      for (const op of type.toDelta() as { insert: unknown }[]) {
        if (!(op.insert instanceof Y.XmlText)) continue;
        const attributes = op.insert.getAttributes();
        types.add(String(attributes.__type));
        if (attributes.__type === 'link') urls.push(attributes.__url);
        collect(op.insert);
      }
    };
    collect(doc.get('root', Y.XmlText));
    expect(types).not.toContain('heading');
    expect(types).not.toContain('quote');
    expect(types).toContain('list');
    expect(urls).toEqual(['https://example.org/report']);
  });

  it('include a reconnection whose sync step 2 re-sends deletions made by others, the server’s status overwrite among them', () => {
    const fixture = fixtures.find((f) => f.name === 'offline-then-reconnect');
    if (fixture === undefined) throw new Error('no offline-then-reconnect fixture');
    expect(fixture.frames.map((f) => f.kind)).toEqual(['sync-step2']);
    expect(findingText(replay(fixture), '4.3')).toContain('Typed while');

    const before = new Y.Doc();
    Y.applyUpdate(before, fixture.before);
    const status = findIndicator(before, '4.3')?._map.get('__status');
    const overwritten = status?.left;
    if (status === undefined || overwritten === null || overwritten === undefined)
      throw new Error('4.3 has no status overwrite');
    const { structs, ds } = Y.decodeUpdate(fixture.frames[0]?.update ?? new Uint8Array());
    const page = structs[0]?.id.client;
    expect(status.id.client).not.toBe(page);
    expect(Y.isDeleted(ds, overwritten.id)).toBe(true);
  });
});
