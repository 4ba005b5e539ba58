import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INDICATOR_CLASS } from '@roundtable/editor';
import { mergeRegister } from 'lexical';
import { useEffect, useState } from 'react';
import { registerBlockListener } from './registerBlockListener.ts';

/**
 * Positions of something per indicator header in a layer over the editor
 * (not in the header, which the indicator node redraws): `place` measures one
 * indicator's article against the overlay, or skips it with null. Re-measured
 * at most once per frame, when a block of the draft is created, redrawn or
 * removed (`registerBlockListener`) or when the overlay, the editor or one of
 * its top-level blocks changes size: a header moves only then. Typing that
 * does not add or remove a line measures nothing (it measured every article on
 * every keystroke, about 1 ms a frame for each of up to three overlays).
 * Unchanged placements keep their identity so nothing re-renders.
 *
 * `place` must be stable (a module-level function).
 */
export function useIndicatorPlacements<P extends object>(
  overlay: HTMLElement | null,
  place: (article: HTMLElement, overlayBox: DOMRect) => P | null,
): P[] {
  const [editor] = useLexicalComposerContext();
  const [placements, setPlacements] = useState<P[]>([]);

  useEffect(() => {
    if (overlay === null) return;
    let frame = 0;
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(schedule);
    const blocks = new Set<Element>();
    /** Every top-level block is watched: a header moves when a block above it changes size. */
    const watchBlocks = (root: HTMLElement): void => {
      for (const block of blocks) {
        if (block.parentElement === root) continue;
        observer.unobserve(block);
        blocks.delete(block);
      }
      for (const block of Array.from(root.children)) {
        if (blocks.has(block)) continue;
        blocks.add(block);
        observer.observe(block);
      }
    };
    const measure = (): void => {
      frame = 0;
      const root = editor.getRootElement();
      if (root === null) return;
      watchBlocks(root);
      const box = overlay.getBoundingClientRect();
      const next: P[] = [];
      for (const article of root.querySelectorAll<HTMLElement>(`.${INDICATOR_CLASS}[data-indicator-id]`)) {
        const placement = place(article, box);
        if (placement !== null) next.push(placement);
      }
      setPlacements((prev) => (samePlacements(prev, next) ? prev : next));
    };
    observer.observe(overlay);
    schedule();
    return mergeRegister(
      registerBlockListener(editor, schedule),
      editor.registerRootListener((root, previous) => {
        if (previous !== null) observer.unobserve(previous);
        if (root !== null) observer.observe(root);
      }),
      () => {
        if (frame !== 0) cancelAnimationFrame(frame);
        observer.disconnect();
      },
    );
  }, [editor, overlay, place]);

  return placements;
}

function samePlacements<P extends object>(a: P[], b: P[]): boolean {
  return a.length === b.length && a.every((p, i) => shallowEqual(p, b[i]));
}

function shallowEqual(a: object, b: object | undefined): boolean {
  if (b === undefined) return false;
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === (b as typeof a)[k]);
}
