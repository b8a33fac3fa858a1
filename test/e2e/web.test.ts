/**
 * The web page in a real browser: Debian's Chromium driven by playwright-core, against the real
 * server on 127.0.0.1 over a real SQLite store holding the bundled sample and a hostile report.
 * Screenshots go to test-output/e2e/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerType } from '@hono/node-server';
import { loadSyriaGazetteer } from '../../src/geo/index.ts';
import { Situation } from '../../src/pipeline/situation.ts';
import { startServer } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { SAMPLE_REPORTS, sampleBaselines } from '../../src/cli/sample.ts';
import { FIXTURE_REPORTS, storeWith } from '../helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(import.meta.dirname, '../../test-output/e2e');
const DATE = '2017-07-15';

let store: Store;
let server: ServerType;
let url: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does)`);
  mkdirSync(OUT, { recursive: true });
  store = await storeWith([SAMPLE_REPORTS, join(FIXTURE_REPORTS, 'hostile.txt')]);
  const situation = new Situation(store, { baselineFiles: sampleBaselines() });
  ({ server, url } = await startServer({ store, situation, gazetteer: loadSyriaGazetteer(), port: 0 }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  store?.close();
});

async function openPage(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}?${query}`);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 150_000 });
  return { page, errors };
}

/** Pixels of the map canvas, to compare what is drawn. */
async function mapPixels(page: Page): Promise<Buffer> {
  await page.waitForTimeout(500);
  return page.locator('#map canvas').screenshot();
}

describe('web page', () => {
  it('loads with no console errors and shades control areas on the map', async () => {
    const { page, errors } = await openPage(`date=${DATE}`);
    await page.screenshot({ path: join(OUT, 'map-2017-07-15.png') });
    expect(errors).toEqual([]);
    expect(Number(await page.evaluate(() => document.body.dataset.controlFeatures))).toBeGreaterThan(0);
    const shaded = await page.evaluate(() => {
      const map = (window as unknown as { frontwatch: { map: { queryRenderedFeatures: (o: object) => unknown[] } } }).frontwatch.map;
      return map.queryRenderedFeatures({ layers: ['control-fill'] }).length;
    });
    expect(shaded).toBeGreaterThan(0);
    await page.close();
  });

  it('moving the slider changes the date, the URL and what is shaded', async () => {
    const { page } = await openPage(`date=${DATE}`);
    const before = await mapPixels(page);
    const slider = page.locator('#slider');
    await slider.focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft'); // keyboard works too
    await page.waitForFunction((d) => document.body.dataset.date !== d, DATE, { timeout: 90_000 });
    await page.waitForFunction(() => document.body.dataset.date === new URLSearchParams(location.search).get('date'));
    const after = await mapPixels(page);
    await page.screenshot({ path: join(OUT, 'map-after-slider.png') });
    expect(after.equals(before)).toBe(false);
    await page.close();
  });

  it('clicking an event in the feed opens its sources, and the map marks it', async () => {
    const { page } = await openPage(`date=${DATE}`);
    const first = page.locator('#feed button').first();
    const id = await first.getAttribute('data-event-id');
    await first.click();
    await expect.poll(() => page.locator('#tab-event').isVisible()).toBe(true);
    await page.waitForSelector('#event-panel blockquote');
    expect(await page.locator('#event-panel .meta').first().textContent()).toMatch(/report|outlet|·/);
    const selected = await page.evaluate((eventId) => {
      const map = (window as unknown as { frontwatch: { map: { getFeatureState: (f: object) => { selected?: boolean } } } }).frontwatch.map;
      return map.getFeatureState({ source: 'events', id: eventId }).selected ?? false;
    }, id);
    expect(selected).toBe(true);
    await page.screenshot({ path: join(OUT, 'event-sources.png') });
    await page.close();
  });

  it('renders a hostile report as inert text', async () => {
    const { page, errors } = await openPage('date=2017-08-05');
    const hostileId = store.events({ reportId: 'hostile' })[0]?.id;
    expect(hostileId).toBeDefined();
    await page.locator(`#feed button[data-event-id="${hostileId}"]`).click();
    await page.waitForSelector('#event-panel blockquote');
    await page.locator('#event-panel button', { hasText: 'show full text' }).first().click();
    await page.waitForSelector('#event-panel .report-text');
    const text = await page.locator('#event-panel .report-text').textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#event-panel img, #event-panel script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, 'hostile-report.png') });
    await page.close();
  });
});
