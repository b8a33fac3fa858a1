/**
 * Web: time to first rendered map in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core), from `page.goto` to `body[data-ready="true"]` (set by the page once the first
 * control layer is drawn), on a store of 100,000 synthetic events. The cold run is the first page
 * load after the server started (its control and analysis caches empty); then 3 warm runs, each in
 * a fresh browser context (no HTTP cache), median reported. Goal ≤ 2 s.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { median, round, type Figure, type Log, type SectionResult } from './lib.ts';
import { startServerProcess } from './server-process.ts';
import { ensureBenchDb } from './synthetic.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const READY_LIMIT_MS = 120_000;
const WARM_RUNS = 3;

async function firstMap(browser: Browser, url: string): Promise<{ ms: number; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: READY_LIMIT_MS });
    return { ms: performance.now() - t0, errors };
  } finally {
    await context.close();
  }
}

export async function run(log: Log): Promise<SectionResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const db = ensureBenchDb(log);
  const server = await startServerProcess(db.path);
  let browser: Browser | null = null;
  try {
    log(`server up at ${server.url} in ${server.readyMs} ms`);
    const launch = performance.now();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    log(`chromium launched in ${(performance.now() - launch).toFixed(0)} ms`);
    const cold = await firstMap(browser, server.url);
    log(`cold (server caches empty): ${cold.ms.toFixed(0)} ms${cold.errors.length ? `, console errors: ${cold.errors.join(' | ')}` : ''}`);
    const warm: number[] = [];
    const errors = new Set(cold.errors);
    for (let i = 0; i < WARM_RUNS; i++) {
      const w = await firstMap(browser, server.url);
      warm.push(w.ms);
      w.errors.forEach((e) => errors.add(e));
    }
    const med = median(warm);
    log(`warm: median ${med.toFixed(0)} ms [${warm.map((t) => t.toFixed(0)).join(', ')}]`);
    const figures: Figure[] = [
      { metric: 'first rendered map, cold server', value: round(cold.ms, 0), unit: 'ms' },
      { metric: `first rendered map, warm (median of ${WARM_RUNS})`, value: round(med, 0), unit: 'ms', goal: '≤ 2,000 ms', ok: med <= 2000 },
      { metric: 'browser console errors', value: errors.size, unit: '' },
    ];
    return { figures, details: { coldMs: round(cold.ms), warmMs: warm.map((t) => round(t)), consoleErrors: [...errors].slice(0, 10) } };
  } finally {
    await browser?.close();
    await server.stop();
    db.cleanup();
  }
}
