/**
 * Polls `check` every 20 ms until it holds; throws `timed out waiting for
 * <what>` after `timeoutMs`. For helpers that also run outside vitest (the
 * `pnpm reliability:*` scripts), where `vi.waitFor` is not available; tests
 * use `waitFor` from providers.ts, built on `vi.waitFor`.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
