import { Lexer, type Token, type Tokens } from 'marked';
import { ImportError } from './ImportError.ts';
import type { ProfileBlock, ReadBlocks } from './ProfileBlock.ts';

/**
 * The blocks of a Markdown file (CommonMark, read by `marked`'s lexer):
 * headings, paragraphs and list items with their plain text (escapes
 * undone, emphasis and links reduced to their text, a hard line break as
 * `\n`), each with its line number.
 *
 * @throws ImportError `not_markdown` for text that is not UTF-8 or holds NUL characters (a binary file)
 */
export function markdownBlocks(bytes: Uint8Array): ReadBlocks {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not_markdown', [{ where: 'file', message: 'the file is not UTF-8 text' }]);
  }
  if (source.includes('\u0000')) {
    throw new ImportError('not_markdown', [{ where: 'file', message: 'the file is binary, not Markdown text' }]);
  }
  source = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks: ProfileBlock[] = [];
  let line = 1;
  for (const token of Lexer.lex(source)) {
    // Leading blank lines belong to the token's raw text: count from its first visible line.
    const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0;
    collect(token, line + leading, blocks);
    line += countLines(token.raw);
  }
  return { blocks, warnings: [] };
}

function collect(token: Token, line: number, blocks: ProfileBlock[], depth = 0): void {
  const where = `line ${line}`;
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      blocks.push({ kind: 'heading', level: heading.depth, text: inlineText(heading.tokens).trim(), where });
      return;
    }
    case 'paragraph': {
      const paragraph = token as Tokens.Paragraph;
      const first = paragraph.tokens[0];
      const label = first?.type === 'strong' ? inlineText((first as Tokens.Strong).tokens).trim() : null;
      const rest = label === null ? paragraph.tokens : paragraph.tokens.slice(1);
      blocks.push({ kind: 'paragraph', text: inlineText(rest).trim(), label, where });
      return;
    }
    case 'list': {
      const list = token as Tokens.List;
      let itemLine = line;
      for (const item of list.items) {
        const own = item.tokens.filter((t) => t.type !== 'list');
        const text = own.map((t) => ('tokens' in t && t.tokens ? inlineText(t.tokens) : '')).join('\n');
        blocks.push({ kind: 'list-item', text: text.trim(), depth, ordered: list.ordered, where: `line ${itemLine}` });
        let nestedLine = itemLine + countLines(own.map((t) => t.raw).join(''));
        for (const nested of item.tokens.filter((t) => t.type === 'list')) {
          collect(nested, nestedLine, blocks, depth + 1);
          nestedLine += countLines(nested.raw);
        }
        itemLine += countLines(item.raw);
      }
      return;
    }
    case 'space':
      return;
    default:
      blocks.push({
        kind: 'paragraph',
        text: `\u0000${token.type}`,
        label: null,
        where,
      });
  }
}

/** Plain text of inline tokens: escapes undone, emphasis and links reduced to their text, soft breaks as spaces. */
function inlineText(tokens: readonly Token[] | undefined): string {
  let text = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'br':
        text += '\n';
        break;
      case 'escape':
        text += (token as Tokens.Escape).text;
        break;
      case 'codespan':
        text += (token as Tokens.Codespan).text;
        break;
      case 'text':
        text += 'tokens' in token && token.tokens ? inlineText(token.tokens) : softBreaks(decodeEntities(token.text));
        break;
      case 'html':
        text += token.raw;
        break;
      default:
        text +=
          'tokens' in token && token.tokens ? inlineText(token.tokens) : ((token as { text?: string }).text ?? '');
    }
  }
  return text;
}

/** A newline inside a paragraph's text is a soft break: a space (a hard break is its own `br` token). */
function softBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function countLines(raw: string): number {
  return (raw.match(/\n/g) ?? []).length;
}
