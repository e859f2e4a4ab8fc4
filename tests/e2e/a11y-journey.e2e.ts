/**
 * The accessibility gate: axe (WCAG 2.0, 2.1 and 2.2 A/AA tags, see harness.ts) on every screen
 * of a whole journey at 320 and 1280 px, touch targets of at least 24 × 24 px (WCAG 2.2 SC
 * 2.5.8), and no motion when the person asks for reduced motion.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { NAV, SAVING, UNDERAGE } from '../../src/questions/content/ui-text';
import { checkA11y, setupBrowser } from './harness';
import { FULL_JOURNEY, goOn, journeySteps, walkJourney } from './journey';

const app = setupBrowser();
const MIN_TARGET = 24;
const JOURNEY_TIMEOUT = 120_000;

/**
 * Controls that fail WCAG 2.2 SC 2.5.8 Target Size (Minimum): smaller than 24 × 24 px and not
 * covered by its exceptions. Radios and checkboxes count by their label (the whole label is
 * clickable). Exceptions applied as the criterion states them: "inline" (a link inside a
 * sentence) and "spacing" (a 24 px circle centred on the small target touches no other target
 * and no other small target's circle).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    interface Target {
      label: string;
      box: DOMRect;
      small: boolean;
    }
    const targets: Target[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, summary, [role="switch"], [role="button"]',
    );
    for (const control of controls) {
      if (control.closest('[hidden], [aria-hidden="true"]')) continue;
      // Inside a closed part (details) only its summary is on screen to tap.
      const closed = control.closest('details:not([open])');
      if (closed && control.closest('summary')?.parentElement !== closed) continue;
      let target: HTMLElement = control;
      if (control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type)) {
        target = control.closest('label') ?? control;
      }
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if (control.tagName === 'A') {
        const ownText = (control.textContent ?? '').trim();
        const blockText = (control.parentElement?.textContent ?? '').trim();
        if (blockText.length > ownText.length + 20) continue; // inline: a link in a sentence
      }
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
      targets.push({
        label: `${control.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        box,
        small: box.width < min || box.height < min,
      });
    }
    const radius = min / 2;
    const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    const distanceToBox = (p: { x: number; y: number }, b: DOMRect) =>
      Math.hypot(
        Math.max(b.left - p.x, 0, p.x - b.right),
        Math.max(b.top - p.y, 0, p.y - b.bottom),
      );
    return targets
      .filter((t) => t.small)
      .filter((t) => {
        const c = centre(t.box);
        return targets.some((other) => {
          if (other === t) return false;
          if (other.small) {
            const o = centre(other.box);
            return Math.hypot(c.x - o.x, c.y - o.y) < min;
          }
          return distanceToBox(c, other.box) < radius;
        });
      })
      .map((t) => t.label);
  }, MIN_TARGET);
}

/** Animation and transition durations above zero on the controls and screen parts. */
async function movingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts = document.querySelectorAll<HTMLElement>(
      'button, a, input, label, [role="switch"], [role="switch"] *, main, main > *, h1',
    );
    const moving: string[] = [];
    const seconds = (list: string) =>
      list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
    for (const el of parts) {
      const style = getComputedStyle(el);
      const transition = Math.max(...seconds(style.transitionDuration));
      const animation =
        style.animationName === 'none' ? 0 : Math.max(...seconds(style.animationDuration));
      if (transition > 0 || animation > 0) {
        moving.push(`${el.tagName.toLowerCase()}.${el.className}: ${transition}s / ${animation}s`);
      }
    }
    return moving;
  });
}

describe.each([320, 1280])('accessibility of a whole journey at %i px wide', (width) => {
  it(
    'has no axe violations and no target under 24 px on any screen',
    async () => {
      const page = await app.open('/', { viewport: { width, height: 900 } });
      const problems: string[] = [];

      const visited = await walkJourney(page, FULL_JOURNEY, async (step) => {
        await checkA11y(page, `${step} at ${width} px`);
        for (const target of await smallTargets(page)) problems.push(`${step}: ${target}`);
        if (step === 'summary') {
          await page
            .locator('details')
            .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          for (const target of await smallTargets(page)) {
            problems.push(`summary, parts open: ${target}`);
          }
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        if (overflow) problems.push(`${step}: the page scrolls sideways`);
      });

      expect(visited).toEqual(journeySteps(FULL_JOURNEY));
      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );

  it('has no axe violations on the under-18 stop and the About page', async () => {
    const page = await app.open('/', { viewport: { width, height: 900 } });
    await goOn(page, FIRST_SCREEN.start);
    await page.locator('input[name="q-age_band"][value="under18"]').check();
    await goOn(page, NAV.next);
    expect(await page.locator('main h1').textContent()).toBe(UNDERAGE.title);
    await checkA11y(page, `under-18 stop at ${width} px`);
    expect(await smallTargets(page)).toEqual([]);

    await page.goto('/about.html');
    expect(await page.locator('h1').textContent()).toBe(ABOUT_PAGE.title);
    await checkA11y(page, `About page at ${width} px`);
    expect(await smallTargets(page)).toEqual([]);
  });
});

describe('reduced motion', () => {
  it(
    'runs no transition or animation on any screen when the person asks for reduced motion',
    async () => {
      const page = await app.open('/', {
        viewport: { width: 1280, height: 900 },
        contextOptions: { reducedMotion: 'reduce' },
      });
      const moving: string[] = [];

      await walkJourney(page, FULL_JOURNEY, async (step) => {
        for (const part of await movingParts(page)) moving.push(`${step}: ${part}`);
      });

      expect(moving).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );

  it('animates the saving switch when motion is not reduced', async () => {
    const page = await app.open('/', { contextOptions: { reducedMotion: 'no-preference' } });
    await page.getByRole('switch', { name: SAVING.switchLabel }).waitFor();

    expect((await movingParts(page)).length).toBeGreaterThan(0);
  });
});
