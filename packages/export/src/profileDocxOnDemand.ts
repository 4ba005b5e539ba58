import type { Language } from '@roundtable/i18n';
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

/**
 * {@link import('./minutesDocx.ts').minutesDocx}, loading its module (and
 * `docx` and `marked`) on first use.
 */
export async function minutesDocx(markdown: string, options: { language?: Language } = {}): Promise<Uint8Array> {
  const { minutesDocx: write } = await import('./minutesDocx.ts');
  return write(markdown, options);
}
