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
      // Screen-reader-only text is clipped to a pixel on purpose.
      if (!(el instanceof HTMLElement) || el.closest('video, svg, figure img, .visually-hidden')) continue;
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

/** What the layout gate measures on one screen at one size. */
export interface LayoutReading {
  /** Headings and paragraphs of the screen's own content not wholly in view. */
  hidden: { element: string; text: string; why: string }[];
  /** Share of the viewport's area the step's picture covers (0 when the screen has none). */
  videoShare: number;
  /** Share of the viewport's height the help bar takes, with the presenter bar in teaching mode. */
  barShare: number;
  /** The smallest computed font size among the screen's own paragraphs, in CSS pixels. */
  minTextPx: number;
}

/**
 * Reads a screen the way a parent sees it: every heading and paragraph inside `#main`
 * must lie wholly inside the viewport and inside every ancestor that clips or scrolls
 * (a box that scrolls silently hides its end as surely as one that clips). The video's
 * share counts the picture itself (letterboxing inside its box is not picture).
 */
export async function measureLayout(page: Page): Promise<LayoutReading> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((name) => `.${name}`).join('');
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const fmt = (r: { left: number; top: number; right: number; bottom: number }) =>
      `${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`;
    const hidden: { element: string; text: string; why: string }[] = [];
    let minTextPx = Infinity;
    const main = document.getElementById('main');
    const texts = main ? main.querySelectorAll('h1, h2, h3, p, li, dt, dd, th, td, figcaption') : [];
    for (const el of texts) {
      if (!(el instanceof HTMLElement) || el.closest('.visually-hidden, button, [aria-hidden="true"]'))
        continue;
      // A list item that only holds a control (a language, a step dot) is not reading text.
      const ownText = [...el.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (!ownText && el.querySelector('button, a') && el.tagName === 'LI') continue;
      const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim();
      if (!text || getComputedStyle(el).visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (el.tagName === 'P') minTextPx = Math.min(minTextPx, parseFloat(getComputedStyle(el).fontSize));
      const short = text.slice(0, 60);
      // One pixel of slack for subpixel rounding.
      if (rect.left < -1 || rect.top < -1 || rect.right > vw + 1 || rect.bottom > vh + 1) {
        hidden.push({ element: describe(el), text: short, why: `at ${fmt(rect)}, outside the ${vw}x${vh} viewport` });
        continue;
      }
      for (let box = el.parentElement; box && box !== document.documentElement; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const outer = box.getBoundingClientRect();
        const inner = {
          left: outer.left + box.clientLeft,
          top: outer.top + box.clientTop,
          right: outer.left + box.clientLeft + box.clientWidth,
          bottom: outer.top + box.clientTop + box.clientHeight,
        };
        if (rect.left < inner.left - 1 || rect.top < inner.top - 1 || rect.right > inner.right + 1 || rect.bottom > inner.bottom + 1) {
          hidden.push({
            element: describe(el),
            text: short,
            why: `at ${fmt(rect)}, outside ${describe(box)} (overflow ${style.overflowY}) at ${fmt(inner)}`,
          });
          break;
        }
      }
    }
    let videoShare = 0;
    const picture = main?.querySelector<HTMLVideoElement | HTMLImageElement>('.video-frame video, .video-frame img');
    if (picture instanceof HTMLVideoElement && picture.readyState < HTMLMediaElement.HAVE_METADATA) {
      // The picture's own size comes with its metadata; a poster alone would be guessed.
      await new Promise((resolve) => {
        picture.addEventListener('loadedmetadata', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
    }
    if (picture) {
      const box = picture.getBoundingClientRect();
      const [w, h] =
        picture instanceof HTMLVideoElement
          ? [picture.videoWidth, picture.videoHeight]
          : [picture.naturalWidth, picture.naturalHeight];
      // object-fit: contain draws the picture at its own aspect ratio inside the box.
      const scale = w && h ? Math.min(box.width / w, box.height / h) : 0;
      const area = scale ? w * scale * h * scale : box.width * box.height;
      videoShare = area / (vw * vh);
    }
    // Bars side by side share their height; bars above each other add up.
    const spans = [...document.querySelectorAll('.help-bar, .presenter-bar')]
      .map((bar) => bar.getBoundingClientRect())
      .filter((rect) => rect.height > 0)
      .map((rect) => [rect.top, rect.bottom] as const)
      .sort((a, b) => a[0] - b[0]);
    let barHeight = 0;
    let reach = -Infinity;
    for (const [top, bottom] of spans) {
      barHeight += Math.max(0, bottom - Math.max(top, reach));
      reach = Math.max(reach, bottom);
    }
    return { hidden, videoShare, barShare: barHeight / vh, minTextPx: Number.isFinite(minTextPx) ? minTextPx : 0 };
  });
}

/**
 * Resolves once the page has painted twice: a resize's ResizeObserver work (the step
 * screen's text fit) runs before the next paint, so this measures what a person sees
 * after the rotation, not the frame in between.
 */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}
