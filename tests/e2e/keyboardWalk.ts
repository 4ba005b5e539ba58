import type { Page } from 'playwright-core';

/** What has focus: a short description, and whether a focus indicator is painted on it (outline, ring or border). */
export interface FocusStop {
  what: string;
  visible: boolean;
}

/** Describes the focused element and whether its focus can be seen. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return { what: 'body', visible: false };
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    // The draft's text takes the caret, which is its focus indicator (and its indicator gets a frame).
    const editable = (el as HTMLElement).isContentEditable;
    const name =
      el.getAttribute('aria-label') ?? el.getAttribute('data-outline-id') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { what: `${el.tagName.toLowerCase()} ${name}`, visible: ring || shadow || editable };
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches the
 * CSS `selector` (and reads `text`, when given), at most `max` times; returns every stop on the way, so a
 * test can check that focus was always visible. Throws when not reached.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { back?: boolean; max?: number; text?: string } = {},
): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const max = options.max ?? 150;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.back === true ? 'Shift+Tab' : 'Tab');
    stops.push(await focusStop(page));
    const reached = await page.evaluate(
      ({ sel, text }) => {
        const el = document.activeElement;
        return el?.matches(sel) === true && (text === null || el.textContent?.trim() === text);
      },
      { sel: selector, text: options.text ?? null },
    );
    if (reached) return stops;
  }
  throw new Error(`focus did not reach ${selector} after ${max} presses: ${stops.map((s) => s.what).join(' | ')}`);
}

/** The stops where focus could not be seen. */
export function invisibleStops(stops: readonly FocusStop[]): string[] {
  return stops.filter((s) => !s.visible).map((s) => s.what);
}

/** The indicator the caret is in, or null. */
export function caretIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return el?.closest('[data-indicator-id]')?.getAttribute('data-indicator-id') ?? null;
  });
}
