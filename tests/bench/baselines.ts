/**
 * The limits a browser allows, measured in the same run as the app: the welcome screen
 * as a static page (no script), and the step screen as a static page whose Next and
 * Back buttons swap the title and the video with a few lines of plain DOM code.
 */
import type { Page } from '@playwright/test';
import { openFirstStep, staticSnapshot, type Session } from './session';

export interface StepData {
  id: string;
  title: string;
  video: string;
  poster: string;
}

/** Plain DOM code for the step baseline: the least work a step change can be. */
const STEP_SCRIPT = `
const steps = JSON.parse(document.body.dataset.benchSteps);
let index = 0;
document.addEventListener('click', (event) => {
  const button = event.target.closest('.step-buttons .button');
  if (!button) return;
  const forward = button.classList.contains('button-primary');
  index = Math.max(0, Math.min(steps.length - 1, index + (forward ? 1 : -1)));
  const step = steps[index];
  document.querySelector('[data-step]').dataset.step = step.id;
  document.querySelector('h1').textContent = step.title;
  const old = document.querySelector('video');
  const video = old.cloneNode(false);
  video.muted = true;
  video.src = step.video;
  video.poster = step.poster;
  old.replaceWith(video);
});
`;

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
}

export interface BaselinePages {
  welcome: string;
  step: string;
}

/** Photographs the app's own welcome and first step screens into static pages. */
export async function makeBaselines(session: Session, steps: StepData[]): Promise<BaselinePages> {
  const { page, close } = await session.open({ width: 1280, height: 800 });
  try {
    await page.locator('.app[data-screen="welcome"] .help-bar .contact').first().waitFor();
    const welcome = await session.serve('bench-static-welcome.html', await staticSnapshot(page));
    await openFirstStep(page);
    await blurFocus(page);
    const script = await session.serve('bench-static-step.js', STEP_SCRIPT);
    // The app starts its loop from script (it plays only while seen); the static page
    // has no script of its own for that, so its video autoplays, muted.
    const stepHtml = await staticSnapshot(page, {
      attributes: `data-bench-steps='${attribute(JSON.stringify(steps))}'`,
      script,
    });
    const step = await session.serve(
      'bench-static-step.html',
      stepHtml.replace('<video ', '<video autoplay muted '),
    );
    return { welcome, step };
  } finally {
    await close();
  }
}

async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
