import { docxBlocks } from './docxBlocks.ts';
import { ImportError } from './ImportError.ts';
import type { ZipLimits } from './inspectDocx.ts';
import { markdownBlocks } from './markdownBlocks.ts';
import { type ImportedProfile, readProfileBlocks } from './readProfileBlocks.ts';

export type ImportFormat = 'docx' | 'markdown';

/** A profile read from a file, what format it was and what the reader noticed but did not import. */
export interface ImportResult {
  format: ImportFormat;
  profile: ImportedProfile;
  warnings: string[];
}

/** Unpacked Word files are refused past 40 MB or 2,000 parts. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUnpackedBytes: 40 * 1024 * 1024, maxEntries: 2_000 };

/**
 * Reads a draft profile from a Word (.docx) or Markdown file following the
 * profile template. The format is told by the content: a zip (`PK`) is
 * read as Word, anything else as Markdown; a file named `.docx` that is no
 * zip is refused as not a Word document.
 *
 * @throws ImportError naming what was not understood and where
 * @example
 * const { profile, warnings } = await importProfile(bytes, 'veloria.docx');
 */
export async function importProfile(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ImportResult> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const namedDocx = /\.docx$/i.test(fileName);
  if (namedDocx && !isZip) {
    const name = fileName.length > 80 ? `${fileName.slice(0, 77)}...` : fileName;
    throw new ImportError('not_docx', [
      { where: 'file', message: `${name} is not a Word document (.docx): it is no zip archive` },
    ]);
  }
  const format: ImportFormat = isZip ? 'docx' : 'markdown';
  const { blocks, warnings } = format === 'docx' ? await docxBlocks(bytes, limits) : markdownBlocks(bytes);
  return { format, profile: readProfileBlocks(blocks), warnings };
}
