/** The longest wait between two attempts, in milliseconds. */
const MAX_WAIT_MS = 15_000;

/**
 * `load()` (a dynamic `import()`) tried again until it resolves: after 1 s,
 * 2 s, 4 s … at most 15 s apart, and at once when the browser says it is back
 * online. A chunk asked for while the server is away (a restart, a lost
 * network) then arrives when it returns, instead of the panel failing for
 * good. Never rejects.
 */
export function retryImport<T>(load: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    const attempt = (wait: number): void => {
      load().then(resolve, () => {
        const again = (): void => {
          clearTimeout(timer);
          window.removeEventListener('online', again);
          attempt(Math.min(wait * 2, MAX_WAIT_MS));
        };
        const timer = setTimeout(again, wait);
        window.addEventListener('online', again);
      });
    };
    attempt(1000);
  });
}
