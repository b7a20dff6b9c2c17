/**
 * Finds text the reader cannot fully see: any element whose content is wider than its
 * box, or taller than a box that clips or has a fixed size. Runs in the page, after
 * the fonts it needs have loaded, so one round trip measures a whole screen.
 */
import type { Page } from '@playwright/test';

export interface ScreenReading {
  overflows: { element: string; text: string; size: string }[];
  /** The visible text of the page, for checks on the words themselves. */
  text: string;
}

export async function readScreen(page: Page): Promise<ScreenReading> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((name) => `.${name}`).join('');
    const overflows: { element: string; text: string; size: string }[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
      if (!(el instanceof HTMLElement) || el.closest('video, svg, figure img')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'none' || style.display === 'contents')
        continue;
      const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
      const clips = style.overflowY === 'hidden' || style.overflowY === 'clip';
      // A visible-overflow box may let accents and descenders poke out of a tight line
      // height; a quarter of the font size more than that is text spilling out.
      const slack = clips ? 1 : parseFloat(style.fontSize) / 4;
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = !scrolls && el.scrollHeight > el.clientHeight + slack;
      if (!wide && !tall) continue;
      overflows.push({
        element: describe(el),
        text: (el.innerText ?? '').replace(/\s+/g, ' ').slice(0, 80),
        size: `${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
      });
    }
    return { overflows, text: document.body.innerText };
  });
}
