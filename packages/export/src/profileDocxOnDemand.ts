import type { ProfileDocument } from './ProfileDocument.ts';
import type { ProfileDocxOptions } from './profileDocx.ts';

/**
 * {@link import('./profileDocx.ts').profileDocx}, loading its module (and the
 * `docx` library, about 11 MB resident) on the first export, so a server that
 * never writes a Word file does not hold it.
 */
export async function profileDocx(input: ProfileDocument, options: ProfileDocxOptions): Promise<Uint8Array> {
  const { profileDocx: write } = await import('./profileDocx.ts');
  return write(input, options);
}
