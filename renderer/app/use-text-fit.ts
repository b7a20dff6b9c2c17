import { useLayoutEffect, type RefObject } from 'react';

/** How many steps of tightening the step screen's stylesheet knows (data-fit="0".."6"). */
export const FIT_LEVELS = 7;

/**
 * Makes a screen's words fit whole, never scrolled or clipped: starting from the
 * roomiest layout (`data-fit="0"` on `screenRef`), it steps the stylesheet's fit level
 * up (smaller type down to 22 px, then a slightly smaller picture and tighter gaps,
 * and last of all no caption strip) until `textRef`'s
 * content no longer overflows its box. It measures again when the screen's size
 * changes (rotation, a new window size) and whenever `content` changes (a new step,
 * language or caption strip). Each step is a synchronous layout read, so the parent
 * never sees the text jump.
 */
export function useTextFit(
  screenRef: RefObject<HTMLElement | null>,
  textRef: RefObject<HTMLElement | null>,
  content: unknown,
): void {
  useLayoutEffect(() => {
    const screen = screenRef.current;
    const text = textRef.current;
    if (!screen || !text) return;
    const fit = () => {
      for (let level = 0; level < FIT_LEVELS; level++) {
        screen.dataset.fit = String(level);
        const overflows =
          text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1;
        if (!overflows) return;
      }
    };
    fit();
    let lastSize = '';
    const observer = new ResizeObserver(([entry]) => {
      const size = entry ? `${entry.contentRect.width}x${entry.contentRect.height}` : '';
      if (size === lastSize) return;
      lastSize = size;
      fit();
    });
    observer.observe(screen);
    // Web fonts arriving late change every line's width.
    void document.fonts?.ready.then(fit);
    return () => observer.disconnect();
  }, [screenRef, textRef, content]);
}
