/**
 * Web: time to first rendered map in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core), from `page.goto` to `body[data-ready="true"]` (set by the page once the first
 * control layer is drawn), on a store of 100,000 synthetic events. The cold run is the first page
 * load right after the server started (while it computes the last date's control, which the page
 * opens on); then 3 warm runs, each in
 * a fresh browser context (no HTTP cache), median reported. Goal ≤ 2 s. The CPU time Chromium and
 * the server spend until then is reported too: on a shared machine it is the steadier figure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { median, round, type Figure, type Log, type SectionResult } from './lib.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { ensureBenchDb } from './synthetic.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const READY_LIMIT_MS = 120_000;
const WARM_RUNS = 3;

/** CPU seconds used so far by each Chromium process (browser, GPU, renderers, utilities), by process id. */
async function chromiumCpu(cdp: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ id: number; cpuTime: number }> };
  return new Map(processInfo.map((p) => [p.id, p.cpuTime]));
}

interface Load {
  ms: number;
  /** From goto to body[data-loaded] (events, pockets and claims in too). */
  loadedMs: number;
  /** CPU time of Chromium and of the server from goto to the first map: what the load costs, whatever else runs. */
  browserCpuMs: number;
  serverCpuMs: number;
  errors: string[];
}

async function firstMap(browser: Browser, cdp: CDPSession, server: ServerProcess): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const cpu0 = { browser: await chromiumCpu(cdp), server: await server.cpuMs() };
    const t0 = performance.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: READY_LIMIT_MS });
    const ms = performance.now() - t0;
    const cpu1 = { browser: await chromiumCpu(cdp), server: await server.cpuMs() };
    await page.waitForSelector('body[data-loaded="true"]', { state: 'attached', timeout: READY_LIMIT_MS });
    const loadedMs = performance.now() - t0;
    let browserCpuS = 0;
    for (const [id, cpu] of cpu1.browser) browserCpuS += cpu - (cpu0.browser.get(id) ?? 0);
    return { ms, loadedMs, browserCpuMs: browserCpuS * 1000, serverCpuMs: cpu1.server - cpu0.server, errors };
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
    const cdp = await browser.newBrowserCDPSession();
    const cold = await firstMap(browser, cdp, server);
    log(`cold (first load after the server started): ${cold.ms.toFixed(0)} ms${cold.errors.length ? `, console errors: ${cold.errors.join(' | ')}` : ''}`);
    const warm: Load[] = [];
    const errors = new Set(cold.errors);
    for (let i = 0; i < WARM_RUNS; i++) {
      const w = await firstMap(browser, cdp, server);
      warm.push(w);
      w.errors.forEach((e) => errors.add(e));
    }
    const med = median(warm.map((w) => w.ms));
    const show = (pick: (w: Load) => number) => `median ${median(warm.map(pick)).toFixed(0)} ms [${warm.map((w) => pick(w).toFixed(0)).join(', ')}]`;
    log(`warm: first map ${show((w) => w.ms)}; everything loaded ${show((w) => w.loadedMs)}`);
    log(`warm CPU to the first map: Chromium ${show((w) => w.browserCpuMs)}, server ${show((w) => w.serverCpuMs)}`);
    const figures: Figure[] = [
      { metric: 'first rendered map, cold server', value: round(cold.ms, 0), unit: 'ms' },
      { metric: `first rendered map, warm (median of ${WARM_RUNS})`, value: round(med, 0), unit: 'ms', goal: '≤ 2,000 ms', ok: med <= 2000 },
      { metric: 'warm: CPU to the first map, Chromium + server (steadier than wall time)', value: round(median(warm.map((w) => w.browserCpuMs + w.serverCpuMs)), 0), unit: 'ms' },
      { metric: 'warm: events, pockets and claims loaded too', value: round(median(warm.map((w) => w.loadedMs)), 0), unit: 'ms' },
      { metric: 'browser console errors', value: errors.size, unit: '' },
    ];
    return {
      figures,
      details: {
        coldMs: round(cold.ms), warmMs: warm.map((w) => round(w.ms)), warmLoadedMs: warm.map((w) => round(w.loadedMs)),
        warmBrowserCpuMs: warm.map((w) => round(w.browserCpuMs)), warmServerCpuMs: warm.map((w) => round(w.serverCpuMs)), consoleErrors: [...errors].slice(0, 10),
      },
    };
  } finally {
    await browser?.close();
    await server.stop();
    db.cleanup();
  }
}
