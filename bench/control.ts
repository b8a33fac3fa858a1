/**
 * Control: 100,000 synthetic events (bench/synthetic.ts) → observations, all of Syria at H3
 * resolution 7. One `controlAt` cold (first call: grid of the extent and every cache built) and
 * warm (median over dates); pockets + encirclements on one date's grid (goal ≤ 1 s); a daily
 * series over 2017 with `controlSeries` (goal ≤ 30 s); peak memory.
 */
import { findEncirclements, findPockets } from '../src/analysis/index.ts';
import { controlAt, controlSeries, DEFAULT_RESOLUTION, observationsFromEvents } from '../src/control/index.ts';
import { cpuMs, maxRssMb, median, PeakRss, round, timed, type Figure, type Log, type SectionResult } from './lib.ts';
import { syntheticWar } from './synthetic.ts';

const WARM_DATES = ['2017-03-01', '2017-06-15', '2017-09-01', '2017-12-01', '2017-07-20'];
const ANALYSIS_DATES = ['2017-04-15', '2017-07-15', '2017-10-15'];
const SERIES_LIMIT_MS = Number(process.env.BENCH_SERIES_LIMIT_S ?? 60) * 1000;

export async function run(log: Log): Promise<SectionResult> {
  const rss = new PeakRss();
  const { events } = syntheticWar();
  const withIds = events.map((e, i) => ({ ...e, id: `e${i}` }));
  const obs = timed(() => observationsFromEvents(withIds));
  const observations = obs.value.observations;
  log(`observationsFromEvents: ${withIds.length} events → ${observations.length} observations (${obs.value.skipped} skipped) in ${obs.ms.toFixed(0)} ms`);
  rss.sample();

  const cold = timed(() => controlAt(observations, '2017-07-15'));
  const cells = cold.value.cells.size;
  log(`controlAt cold (first call: extent grid and caches built): ${cold.ms.toFixed(0)} ms, ${cells} cells at resolution ${DEFAULT_RESOLUTION}`);
  rss.sample();
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (const d of WARM_DATES) {
    const w = timed(() => controlAt(observations, d));
    warm.push(w.ms);
    warmCpu.push(w.cpuMs);
    rss.sample();
  }
  log(`controlAt warm: median ${median(warm).toFixed(0)} ms [${warm.map((t) => t.toFixed(0)).join(', ')}]`);

  const analysis: Array<{ date: string; pocketsMs: number; encirclementsMs: number; cpuMs: number; pockets: number; encirclements: number }> = [];
  for (const date of ANALYSIS_DATES) {
    const grid = controlAt(observations, date);
    const p = timed(() => findPockets(grid));
    const e = timed(() => findEncirclements(grid));
    analysis.push({ date, pocketsMs: round(p.ms), encirclementsMs: round(e.ms), cpuMs: round(p.cpuMs + e.cpuMs), pockets: p.value.length, encirclements: e.value.length });
    rss.sample();
    log(`${date}: pockets ${p.value.length} in ${p.ms.toFixed(0)} ms, encirclements ${e.value.length} in ${e.ms.toFixed(0)} ms`);
  }
  const analysisTotals = analysis.map((a) => a.pocketsMs + a.encirclementsMs);
  const firstAnalysis = analysisTotals[0]!;
  const analysisMedian = median(analysisTotals);

  let days = 0;
  let complete = true;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const grid of controlSeries(observations, '2017-01-01', '2017-12-31', 1)) {
    if (grid.cells.size > 0) days++;
    if (days % 15 === 0) rss.sample();
    if (performance.now() - t0 > SERIES_LIMIT_MS) {
      complete = false;
      break;
    }
  }
  const seriesMs = performance.now() - t0;
  const seriesCpuMs = cpuMs() - c0;
  const series365Ms = complete ? seriesMs : (seriesMs / days) * 365;
  const series365CpuMs = complete ? seriesCpuMs : (seriesCpuMs / days) * 365;
  log(`controlSeries daily over 2017: ${days} grids in ${(seriesMs / 1000).toFixed(1)} s${complete ? '' : ` (stopped at the limit; 365 days extrapolated: ${(series365Ms / 1000).toFixed(0)} s)`}`);

  const figures: Figure[] = [
    { metric: 'events → observations', value: observations.length, unit: 'obs', note: `${withIds.length} events, ${round(obs.ms)} ms` },
    { metric: 'grid cells (Syria, res 7)', value: cells, unit: 'cells' },
    { metric: 'controlAt, first call (cold)', value: round(cold.ms), unit: 'ms' },
    { metric: 'controlAt, warm (median of 5 dates)', value: round(median(warm)), unit: 'ms', goal: '≤ 200 ms', ok: median(warm) <= 200 },
    { metric: 'controlAt, warm, cpu time', value: round(median(warmCpu)), unit: 'ms' },
    { metric: 'pockets + encirclements, first', value: round(firstAnalysis), unit: 'ms' },
    { metric: 'pockets + encirclements (median of 3 dates)', value: round(analysisMedian), unit: 'ms', goal: '≤ 1,000 ms', ok: analysisMedian <= 1000 },
    { metric: `daily series 2017 (controlSeries)${complete ? '' : ', extrapolated'}`, value: round(series365Ms / 1000, 1), unit: 's', goal: '≤ 30 s', ok: series365Ms <= 30_000 },
    { metric: 'pockets + encirclements, cpu time (median)', value: round(median(analysis.map((a) => a.cpuMs))), unit: 'ms' },
    { metric: 'pockets found (median of 3 dates)', value: median(analysis.map((a) => a.pockets)), unit: 'pockets' },
    { metric: `daily series 2017, cpu time${complete ? '' : ', extrapolated'}`, value: round(series365CpuMs / 1000, 1), unit: 's' },
    { metric: 'peak RSS (sampled)', value: rss.sampledMb(), unit: 'MB' },
    { metric: 'process peak RSS (maxRSS)', value: maxRssMb(), unit: 'MB' },
  ];
  return {
    figures,
    details: { observationsMs: round(obs.ms), coldMs: round(cold.ms), warmMs: warm.map((t) => round(t)), warmCpuMs: warmCpu.map((t) => round(t)), analysis, series: { days, ms: round(seriesMs), cpuMs: round(seriesCpuMs), complete } },
  };
}
