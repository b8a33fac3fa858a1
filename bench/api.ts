/**
 * API: the real server (own process) over a store of 100,000 synthetic events, loaded by autocannon
 * (programmatic API) with 50 concurrent connections for ~10 s on
 * `GET /api/events?bbox=…&since=…&until=…`, every request a different window (bench/synthetic.ts
 * randomQuery). Latencies are each response's own time (autocannon's `response` event), so p95 is
 * exact; goal p95 ≤ 50 ms. With 50 clients waiting in turn, p95 is about 50 × the server's time
 * per response, so the server's CPU per response is reported too: on a shared machine it is the
 * steadier figure.
 */
import autocannon from 'autocannon';
import { percentile, round, seededRandom, type Figure, type Log, type SectionResult } from './lib.ts';
import { startServerProcess } from './server-process.ts';
import { ensureBenchDb, randomQuery } from './synthetic.ts';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 10);

function eventsPath(random: () => number): string {
  const q = randomQuery(random);
  return `/api/events?bbox=${q.bbox.join(',')}&since=${q.since}&until=${q.until}`;
}

interface Run {
  latencies: number[];
  statuses: Record<string, number>;
  bytes: number;
  result: autocannon.Result;
}

function load(url: string, seconds: number, seed: number): Promise<Run> {
  const random = seededRandom(seed);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: eventsPath(random) }) }],
      },
      (err, result) => (err ? reject(err) : resolve({ latencies, statuses, bytes, result })),
    );
    instance.on('response', (_client: unknown, status: number, resBytes: number, ms: number) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      bytes += resBytes;
    });
  });
}

export async function run(log: Log): Promise<SectionResult> {
  const db = ensureBenchDb(log);
  const server = await startServerProcess(db.path);
  try {
    log(`server up at ${server.url} in ${server.readyMs} ms (${server.observations} control observations)`);
    // Its start-up computation (the page's first date) would otherwise fall into the measured seconds.
    log(`server warmed up (control and analyses of the last date) at ${await server.warmedUp()} ms`);
    const probe = await fetch(new URL(eventsPath(seededRandom(1)), server.url));
    const body = (await probe.json()) as { count: number };
    log(`probe: HTTP ${probe.status}, ${body.count} events`);
    await load(server.url, 2, 99); // warm-up: JIT, SQLite page cache
    const cpu0 = { server: await server.cpuMs(), client: process.cpuUsage() };
    const r = await load(server.url, DURATION_S, 2017);
    const n = r.latencies.length;
    const serverCpuMs = (await server.cpuMs()) - cpu0.server;
    const clientCpu = process.cpuUsage(cpu0.client);
    const rps = n / (r.result.duration || DURATION_S);
    const p95 = percentile(r.latencies, 95);
    const ok2xx = Object.entries(r.statuses).filter(([s]) => s.startsWith('2')).reduce((a, [, c]) => a + c, 0);
    log(`${n} responses in ${r.result.duration} s: ${rps.toFixed(0)} req/s, p50 ${percentile(r.latencies, 50)} ms, p95 ${p95} ms, p99 ${percentile(r.latencies, 99)} ms, statuses ${JSON.stringify(r.statuses)}, errors ${r.result.errors}, timeouts ${r.result.timeouts}`);
    const figures: Figure[] = [
      { metric: 'events in the store', value: 100_000, unit: 'events' },
      { metric: 'connections × duration', value: `${CONNECTIONS} × ${DURATION_S} s`, unit: '' },
      { metric: 'requests/s', value: round(rps, 0), unit: 'req/s' },
      { metric: 'latency p50', value: percentile(r.latencies, 50), unit: 'ms' },
      { metric: 'latency p95', value: p95, unit: 'ms', goal: '≤ 50 ms', ok: p95 <= 50 },
      { metric: 'latency p99', value: percentile(r.latencies, 99), unit: 'ms' },
      { metric: 'mean response size', value: round(r.bytes / Math.max(1, n) / 1000, 1), unit: 'kB' },
      { metric: 'server CPU per response (steadier than wall time)', value: round(serverCpuMs / Math.max(1, n), 2), unit: 'ms' },
      { metric: 'load generator CPU per response', value: round((clientCpu.user + clientCpu.system) / 1000 / Math.max(1, n), 2), unit: 'ms' },
      { metric: 'non-2xx / errors / timeouts', value: `${n - ok2xx} / ${r.result.errors} / ${r.result.timeouts}`, unit: '' },
      { metric: 'server start (store, Situation, gazetteer)', value: server.readyMs, unit: 'ms' },
      { metric: 'server peak RSS', value: await server.maxRssMb(), unit: 'MB' },
    ];
    return {
      figures,
      details: {
        responses: n, statuses: r.statuses, autocannonLatency: r.result.latency, autocannonRequests: r.result.requests,
        errors: r.result.errors, timeouts: r.result.timeouts, probeCount: body.count,
      },
    };
  } finally {
    await server.stop();
    db.cleanup();
  }
}
