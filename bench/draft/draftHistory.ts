import { checkDraftUpdate, type DraftWriter, refusalReason } from '@roundtable/draft';
import * as Y from 'yjs';
import { seededRandom } from '../measure/seededRandom.ts';
import { type EditableParagraph, editableParagraphs } from './editableParagraphs.ts';
import { deleteText, formatWord, type TextRun, textRuns, toggleRunFormat, typeText } from './paragraphEdits.ts';

/** A draft after a meeting's editing: the edits as separate updates, and the result as one. */
export interface DraftHistory {
  /** One update per edit, in order (the seed not included). */
  edits: Uint8Array[];
  /** Seed and edits as one update. */
  state: Uint8Array;
}

const PARTICIPANT: DraftWriter = { kind: 'member', role: 'participant' };
/** People typing in turn over the session. */
const TYPISTS = 12;
/** What the typists type, a character at a time. */
const PROSE = 'The ministry reports that the national migration strategy was adopted in line with the law. ';
const BOLD = 1;
const ITALIC = 2;

/**
 * `count` edits of a seeded draft by participants, each one update the
 * server's write policy accepts: bursts of typing (one update per
 * keystroke) at one place, Backspace now and then, and formatting (a word
 * made bold, which @lexical/yjs sends as the rest of the text node deleted
 * and re-inserted; italic toggled on a whole text node), in findings and in
 * the Summary and Country context. Deterministic for a given seed.
 *
 * Every edit is checked with `checkDraftUpdate` against the document as it
 * is before that edit, as the server would: a refused edit throws.
 *
 * @param seed the draft's initial content as the server seeds it (`createDraftUpdate`)
 * @throws Error when the write policy does not accept an edit
 */
export function draftHistory(seed: Uint8Array, count: number, randomSeed = 1): DraftHistory {
  const random = seededRandom(randomSeed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const doc = new Y.Doc();
  const server = new Y.Doc();
  Y.applyUpdate(doc, seed);
  Y.applyUpdate(server, seed);
  const typists = Array.from({ length: TYPISTS }, () => 1 + Math.floor(random() * 0xfffffffe));
  const paragraphs = editableParagraphs(doc);
  const findings = paragraphs.filter((p) => p.finding);
  const sections = paragraphs.filter((p) => !p.finding);
  const edits: Uint8Array[] = [];
  let typed = 0;
  doc.on('update', (update: Uint8Array) => {
    const check = checkDraftUpdate(server, update, PARTICIPANT);
    if (check.outcome !== 'accept') {
      const why = check.outcome === 'refuse' ? refusalReason(check.refusals) : check.outcome;
      throw new Error(`draftHistory: edit ${edits.length + 1} not accepted by the write policy: ${why}`);
    }
    Y.applyUpdate(server, update);
    edits.push(update);
  });

  while (edits.length < count) {
    doc.clientID = pick(typists);
    const spot: EditableParagraph = random() < 0.9 ? pick(findings) : pick(sections);
    const { paragraph } = spot;
    let run: TextRun | undefined = pick(textRuns(paragraph));
    let offset = run ? Math.floor(random() * (run.text.length + 1)) : 0;
    const burst = 5 + Math.floor(random() * 40);
    for (let i = 0; i < burst && edits.length < count; i++) {
      if (run && offset > 0 && random() < 0.12) {
        deleteText(paragraph, run, offset - 1, 1);
        run.text = run.text.slice(0, offset - 1) + run.text.slice(offset);
        offset--;
      } else if (run) {
        const character = PROSE[typed++ % PROSE.length] as string;
        typeText(paragraph, run, offset, character);
        run.text = run.text.slice(0, offset) + character + run.text.slice(offset);
        offset++;
      } else {
        typeText(paragraph, run, offset, PROSE[typed++ % PROSE.length] as string);
        run = textRuns(paragraph)[0];
        offset = 1;
      }
    }
    if (edits.length >= count || random() > 0.3) continue;
    const runs = textRuns(paragraph);
    const target = pick(runs);
    if (target === undefined) continue;
    if (random() < 0.5 && target.text.length > 20) {
      const at = Math.floor(random() * (target.text.length - 10));
      formatWord(paragraph, target, at, 4 + Math.floor(random() * 6), BOLD);
    } else {
      toggleRunFormat(target, ITALIC);
    }
  }
  return { edits, state: Y.encodeStateAsUpdate(doc) };
}
