import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { ImportError } from './ImportError.ts';

/** What a Word file holds besides its text, found in its XML. */
export interface DocxInspection {
  /** Tracked insertions (`w:ins`), deletions (`w:del`) and moves (`w:moveFrom`/`w:moveTo`) in the body. */
  insertions: number;
  deletions: number;
  moves: number;
  /** Comments (`w:comment` in `word/comments.xml`). */
  comments: number;
}

export interface ZipLimits {
  /** Largest total size of the unpacked files, in bytes. */
  maxUnpackedBytes: number;
  /** Most files in the archive. */
  maxEntries: number;
}

/** The compressed entry as jszip keeps it after reading the central directory (not inflated yet). */
interface CompressedEntry {
  compression: { magic: string };
  compressedContent: Uint8Array;
}

const DEFLATE = '\u0008\u0000';
const STORE = '\u0000\u0000';

/**
 * Opens a Word file's zip without trusting it: reads the central directory
 * (jszip), then inflates every entry with a bound on the total output
 * (zlib's `maxOutputLength`), so a zip bomb stops at the limit instead of
 * filling memory, whatever sizes the archive declares. Then counts tracked
 * changes and comments in its XML (mammoth keeps insertions as plain text
 * and drops deletions and comments: the importer reports them).
 *
 * @throws ImportError `not_docx` for a file that is no zip or no Word document, `too_large` past the limits
 */
export async function inspectDocx(bytes: Uint8Array, limits: ZipLimits): Promise<DocxInspection> {
  const { default: jszip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await jszip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError('not_docx', [
      { where: 'file', message: 'the file is not a Word document (.docx): it is no zip archive' },
    ]);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxEntries) {
    throw new ImportError('too_large', [
      { where: 'file', message: `the archive holds ${files.length} files, more than ${limits.maxEntries}` },
    ]);
  }
  const texts = new Map<string, string>();
  let total = 0;
  for (const file of files) {
    const entry = (file as unknown as { _data: CompressedEntry })._data;
    let content: Uint8Array;
    if (entry.compression.magic === STORE) content = entry.compressedContent;
    else if (entry.compression.magic === DEFLATE) {
      try {
        content = inflateRawSync(entry.compressedContent, {
          maxOutputLength: Math.max(1, limits.maxUnpackedBytes - total + 1),
        });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw tooLarge(limits);
        throw new ImportError('not_docx', [
          { where: 'file', message: `the part ${file.name} of the archive is damaged` },
        ]);
      }
    } else {
      throw new ImportError('not_docx', [
        { where: 'file', message: `the part ${file.name} uses a compression Word does not write` },
      ]);
    }
    total += content.length;
    if (total > limits.maxUnpackedBytes) throw tooLarge(limits);
    if (file.name === 'word/document.xml' || file.name === 'word/comments.xml') {
      texts.set(file.name, new TextDecoder().decode(content));
    }
  }
  const body = texts.get('word/document.xml');
  if (body === undefined) {
    throw new ImportError('not_docx', [
      { where: 'file', message: 'the archive has no word/document.xml: it is not a Word document' },
    ]);
  }
  const count = (xml: string | undefined, tag: string) => (xml?.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
  return {
    insertions: count(body, 'w:ins'),
    deletions: count(body, 'w:del'),
    moves: count(body, 'w:moveFrom') + count(body, 'w:moveTo'),
    comments: count(texts.get('word/comments.xml'), 'w:comment'),
  };
}

function tooLarge(limits: ZipLimits): ImportError {
  return new ImportError('too_large', [
    {
      where: 'file',
      message: `the Word file unpacks to more than ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB`,
    },
  ]);
}
