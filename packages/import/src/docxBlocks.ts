import { ImportError } from './ImportError.ts';
import { type DocxInspection, inspectDocx, type ZipLimits } from './inspectDocx.ts';
import type { ProfileBlock, ReadBlocks } from './ProfileBlock.ts';

/** A node of mammoth's document model (`transformDocument`), as far as the importer reads it. */
interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
  breakType?: string;
}

/**
 * The blocks of a Word file (mammoth >= 1.11 reads its document model):
 * paragraphs in order with their heading level (styles `Title`, `Heading
 * 1`..`Heading 6`), list items with their level, text with line breaks,
 * and the bold run that opens a field line; each with its paragraph number.
 * The zip is checked first ({@link inspectDocx}); tracked changes and
 * comments come back as warnings, since mammoth accepts insertions, drops
 * deletions and ignores comments.
 *
 * @throws ImportError `not_docx`, `too_large` (see {@link inspectDocx})
 */
export async function docxBlocks(bytes: Uint8Array, limits: ZipLimits): Promise<ReadBlocks> {
  const inspection = await inspectDocx(bytes, limits);
  let root: DocxNode | null = null;
  // Loaded on first use: a server that never imports a Word file does not hold mammoth in memory.
  const { default: mammoth } = await import('mammoth');
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxNode) => {
          root = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new ImportError('not_docx', [
      { where: 'file', message: `Word could not be read: ${(error as Error).message}` },
    ]);
  }
  const blocks: ProfileBlock[] = [];
  let index = 0;
  for (const paragraph of paragraphsOf(root)) {
    index++;
    const block = blockOf(paragraph, `paragraph ${index}`);
    if (block !== null) blocks.push(block);
  }
  return { blocks, warnings: warningsOf(inspection) };
}

function* paragraphsOf(node: DocxNode | null): Generator<DocxNode> {
  for (const child of node?.children ?? []) {
    if (child.type === 'paragraph') yield child;
    else if (child.type === 'table' || child.type === 'tableRow' || child.type === 'tableCell')
      yield* paragraphsOf(child);
  }
}

function blockOf(paragraph: DocxNode, where: string): ProfileBlock | null {
  const runs = runsOf(paragraph);
  const text = runs.map((r) => r.text).join('');
  if (text.trim() === '') return null;
  const style = (paragraph.styleName ?? paragraph.styleId ?? '').toLowerCase();
  const heading = /^heading\s*(\d)$/.exec(style);
  if (heading) return { kind: 'heading', level: Number(heading[1]) + 1, text: oneLine(text), where };
  if (style === 'title') return { kind: 'heading', level: 1, text: oneLine(text), where };
  if (paragraph.numbering) {
    return {
      kind: 'list-item',
      text: text.trim(),
      depth: Number(paragraph.numbering.level) || 0,
      ordered: paragraph.numbering.isOrdered,
      where,
    };
  }
  const first = runs.find((r) => r.text.trim() !== '');
  let label: string | null = null;
  let rest = text;
  if (first?.bold) {
    // The bold opening of the paragraph, across runs: `Answer: ` in `**Answer: **partial`.
    let bold = '';
    for (const run of runs) {
      if (!run.bold && run.text.trim() !== '') break;
      bold += run.text;
    }
    label = bold.trim();
    rest = text.slice(bold.length);
  }
  return { kind: 'paragraph', text: rest.trim(), label, where };
}

/** The runs of a paragraph (hyperlinks flattened) as text, with whether each is bold. */
function runsOf(node: DocxNode, bold = false): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'text') out.push({ text: child.value ?? '', bold });
    else if (child.type === 'tab') out.push({ text: '\t', bold });
    else if (child.type === 'break' && (child.breakType ?? 'line') === 'line') out.push({ text: '\n', bold });
    else if (child.type === 'run') out.push(...runsOf(child, child.isBold === true));
    else if (child.type === 'hyperlink') out.push(...runsOf(child, bold));
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function warningsOf(found: DocxInspection): string[] {
  const warnings: string[] = [];
  if (found.insertions + found.deletions + found.moves > 0) {
    warnings.push(
      `the Word file has tracked changes (${found.insertions} insertion(s), ${found.deletions} deletion(s), ${found.moves} move(s)): they were imported as if accepted (inserted text kept, deleted text left out); review them against the original`,
    );
  }
  if (found.comments > 0) {
    warnings.push(`the Word file has ${found.comments} comment(s): comments are not imported; add them as threads`);
  }
  return warnings;
}
