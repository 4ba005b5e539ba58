import { loadLaterEnglish } from './catalogues.ts';

/**
 * `load`'s module once the English messages of the panels and dialogs are
 * there too (`loadLaterEnglish`), so a panel never shows before its words:
 * `deferred(() => withLaterMessages(import('./Panel.tsx')).then((m) => m.Panel))`.
 * Rejects when either cannot be fetched (the caller asks again, `retryImport`).
 */
export async function withLaterMessages<M>(load: Promise<M>): Promise<M> {
  const [module] = await Promise.all([load, loadLaterEnglish()]);
  return module;
}
