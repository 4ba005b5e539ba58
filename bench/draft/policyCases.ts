import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $isIndicatorNode, createDraftUpdate } from '@roundtable/editor';
import { demoConsultation, INDICATOR_STATUSES } from '@roundtable/profile';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import * as Y from 'yjs';
import { indicatorStatusUpdate } from '../../server/src/meeting/indicatorStatusUpdate.ts';
import { HISTORY_EDITS } from './BenchConsultation.ts';
import { draftHistory } from './draftHistory.ts';
import { editableParagraphs } from './editableParagraphs.ts';
import { LexicalDraftSession } from './LexicalDraftSession.ts';
import { textRuns, typeText } from './paragraphEdits.ts';

/** One update to time the write policy on, with the server's document it arrives at. */
export interface PolicyCase {
  name: string;
  /** What the update does, for the table. */
  what: string;
  /** The server's document just before the update. */
  doc: Y.Doc;
  update: Uint8Array;
}

/** A text paragraph of a pasted report, about 420 characters. */
const REPORT_PARAGRAPH =
  'The national migration strategy sets out how the ministries share responsibility for admission, stay and ' +
  'integration, and how regional offices report to the coordination body every quarter. Civil society ' +
  'organisations are consulted on each revision, and the findings of the last review were published with ' +
  'a table of measures, the agency responsible for each and the date by which it is to be implemented, ' +
  'together with the budget line that funds it.';
/** 119 text paragraphs, each followed by a blank line: 238 paragraphs, 50 KB of text. */
const PASTED_PARAGRAPHS = 119;

/**
 * The updates `pnpm bench:policy` times, each made by a real editor (a
 * headless Lexical editor bound through @lexical/yjs, see
 * {@link LexicalDraftSession}) on the demo draft (`createDraftUpdate(demoConsultation)`):
 * one keystroke, bold on a word, an HTML paste, a 50 KB plain-text paste,
 * and a reconnecting client's sync step 2 on the demo after a meeting's
 * 9,999 edits, carrying its whole (stale) delete set. Takes a few seconds.
 */
export function policyCases(): PolicyCase[] {
  const seed = createDraftUpdate(demoConsultation);
  const server = docOf(seed);
  const session = new LexicalDraftSession(seed);
  const cases: PolicyCase[] = [];
  const editorCase = (name: string, what: string, $change: () => void) => {
    const doc = docOf(Y.encodeStateAsUpdate(server));
    const update = single(session.edit($change), name);
    Y.applyUpdate(server, update);
    cases.push({ name, what, doc, update });
  };
  editorCase('keystroke', 'one character typed at the end of finding 2.4', () => $typeAtEnd('2.4', 'x'));
  editorCase('bold on a word', 'a word in the middle of finding 2.5 made bold', () => $boldWord('2.5', 60, 8));
  editorCase(
    'HTML paste',
    'a heading, a two-item list, a quote, a link and a centred paragraph pasted into finding 3.4 (as the editor keeps them)',
    () => $pasteAtEnd('3.4', $htmlPasteNodes()),
  );
  editorCase(
    '50 KB paste',
    `${2 * PASTED_PARAGRAPHS} plain-text paragraphs (every other one blank, 50 KB of text) pasted into finding 5.1`,
    () => $pasteAtEnd('5.1', $plainPasteNodes()),
  );
  cases.push(reconnectCase(seed));
  return cases;
}

/**
 * A participant who was offline during a meeting reconnects: the server's
 * draft is the demo after 9,999 edits and a facilitator's status change,
 * which the participant had; offline they typed in one finding, deleted
 * some of it and made a word bold in another, while others typed and a
 * status changed on the server. Their sync step 2 carries their new
 * structs and the delete set of their whole document.
 */
function reconnectCase(seed: Uint8Array): PolicyCase {
  const server = docOf(draftHistory(seed, HISTORY_EDITS).state);
  const serverClient = 0x7fff_0001;
  changeStatus(server, '1.2', serverClient);
  const client = new LexicalDraftSession(Y.encodeStateAsUpdate(server));
  for (const character of 'Offline remark on this finding.') client.edit(() => $typeAtEnd('4.3', character));
  for (let i = 0; i < 5; i++) client.edit(() => $backspaceAtEnd('4.3'));
  client.edit(() => $boldWord('4.4', 30, 7));
  const other = docOf(Y.encodeStateAsUpdate(server));
  other.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
  const paragraph = editableParagraphs(other).find((p) => p.place === '4.5')?.paragraph;
  if (paragraph === undefined) throw new Error('reconnectCase: no finding 4.5');
  for (const character of 'Meanwhile, another note.') {
    const run = textRuns(paragraph).at(-1);
    typeText(paragraph, run, run?.text.length ?? 0, character);
  }
  changeStatus(server, '4.6', serverClient);
  const update = Y.encodeStateAsUpdate(client.doc, Y.encodeStateVector(server));
  return {
    name: 'reconnect (sync step 2)',
    what: 'offline typing, deletes and bold on the demo after 9,999 edits; the whole delete set comes along',
    doc: server,
    update,
  };
}

/** A facilitator sets a new status on an indicator: the server overwrites `__status` (see the meeting routes). */
function changeStatus(doc: Y.Doc, indicatorId: string, serverClient: number): void {
  for (const status of INDICATOR_STATUSES) {
    const update = indicatorStatusUpdate(doc, indicatorId, status, serverClient);
    if (update === undefined) throw new Error(`policyCases: no indicator ${indicatorId}`);
    if (update === null) continue;
    Y.applyUpdate(doc, update);
    return;
  }
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

function single(updates: Uint8Array[], name: string): Uint8Array {
  const [update] = updates;
  if (updates.length !== 1 || update === undefined) {
    throw new Error(`policyCases: ${name} sent ${updates.length} updates, expected one`);
  }
  return update;
}

function $finding(indicatorId: string) {
  const indicator = $getRoot()
    .getChildren()
    .find((node) => $isIndicatorNode(node) && node.getIndicatorId() === indicatorId);
  const paragraph = $isElementNode(indicator) ? indicator.getFirstChild() : null;
  if (!$isElementNode(paragraph)) throw new Error(`policyCases: finding ${indicatorId} has no paragraph`);
  return paragraph;
}

function $lastText(indicatorId: string): TextNode {
  const text = $finding(indicatorId).getLastDescendant();
  if (!$isTextNode(text)) throw new Error(`policyCases: finding ${indicatorId} does not end in text`);
  return text;
}

function $selection() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('policyCases: no range selection');
  return selection;
}

function $typeAtEnd(indicatorId: string, text: string): void {
  const node = $lastText(indicatorId);
  node.select(node.getTextContentSize(), node.getTextContentSize());
  $selection().insertText(text);
}

function $backspaceAtEnd(indicatorId: string): void {
  const node = $lastText(indicatorId);
  // What Backspace does (deleteCharacter itself needs a DOM window).
  node.select(node.getTextContentSize() - 1, node.getTextContentSize());
  $selection().removeText();
}

function $boldWord(indicatorId: string, offset: number, length: number): void {
  const node = $finding(indicatorId).getFirstDescendant();
  if (!$isTextNode(node)) throw new Error(`policyCases: finding ${indicatorId} does not start with text`);
  node.select(offset, offset + length);
  $selection().formatText('bold');
}

function $pasteAtEnd(indicatorId: string, nodes: LexicalNode[]): void {
  const node = $lastText(indicatorId);
  node.select(node.getTextContentSize(), node.getTextContentSize());
  $selection().insertNodes(nodes);
}

/** What the editor keeps of a pasted web page: headings and quotes become paragraphs (the draft schema has neither). */
function $htmlPasteNodes(): LexicalNode[] {
  const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text));
  const list = $createListNode('bullet').append(
    $createListItemNode().append($createTextNode('First pasted point')),
    $createListItemNode().append($createTextNode('Second pasted point')),
  );
  const link = $createLinkNode('https://example.org/report', { target: '_blank', rel: 'noopener' });
  return [
    paragraph('Pasted heading'),
    list,
    paragraph('A quoted remark'),
    $createParagraphNode().append(
      $createTextNode('See '),
      link.append($createTextNode('the report')),
      $createTextNode(' for details.'),
    ),
    paragraph('A centred paragraph').setFormat('center'),
  ];
}

function $plainPasteNodes(): LexicalNode[] {
  return Array.from({ length: PASTED_PARAGRAPHS }, (_, i) => [
    $createParagraphNode().append($createTextNode(`${i + 1}. ${REPORT_PARAGRAPH}`)),
    $createParagraphNode(),
  ]).flat();
}
