import type { EventRecord } from '../model/index.ts';
import { isFactual } from '../model/index.ts';
import { placeSimilarity } from './similarity.ts';

/** One gold event as the shared gold files write it (only the fields scoring reads). */
export interface GoldEvent {
  type: string;
  actor?: string;
  side?: string;
  place?: string | null;
  place_norm?: string | null;
  date?: string | null;
  date_offset_days?: number | null;
  modality: string;
  quote?: string;
}

export interface GoldDoc {
  report: string;
  published: string | null;
  events: GoldEvent[];
  claims?: unknown[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface PlaceAccuracy {
  /** Matched factual pairs whose gold place_norm has coordinates. */
  located: number;
  within5km: number;
  share: number;
  medianKm: number | null;
  /** Pairs where the prediction had no coordinates at all. */
  unresolved: number;
}

export interface ScoreResult {
  reports: number;
  factual: Prf;
  allWithModality: Prf;
  dateAccuracy: number;
  datedPairs: number;
  place: PlaceAccuracy;
  misses: string[];
  extras: string[];
}

const isFactualString = (m: string): boolean => m === 'asserted' || m === 'reported_earlier';

function predNames(e: EventRecord): string[] {
  return e.place ? [e.place.name ?? '', e.place.canonical ?? '', e.place.admin1 ?? ''] : [];
}

function samePlace(p: EventRecord, g: GoldEvent): number {
  let best = 0;
  for (const a of predNames(p)) for (const b of [g.place ?? '', g.place_norm ?? '']) best = Math.max(best, placeSimilarity(a, b));
  return best;
}

/** One-to-one greedy matching, best name similarity first: the rule of the shared scorer. */
function match(preds: EventRecord[], golds: GoldEvent[], withModality: boolean): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  preds.forEach((p, i) => {
    golds.forEach((g, j) => {
      if (p.type !== g.type || p.actor.side !== (g.side ?? g.actor)) return;
      if (withModality && isFactual(p.modality) !== isFactualString(g.modality)) return;
      const s = samePlace(p, g);
      if (s >= 0.8) pairs.push([s, i, j]);
    });
  });
  // Python sorts tuples descending: by score, then i, then j.
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function prf(tp: number, pred: number, gold: number): Prf {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, pred, gold };
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Scores predicted events against gold documents with the matching rules of the shared scorer
 * (same report, type, acting side, place name similarity ≥ 0.8, one-to-one), plus place accuracy:
 * the share of matched factual events within 5 km of the gold place's coordinates (`places`).
 */
export function scoreEvents(gold: GoldDoc[], predicted: EventRecord[], places: Record<string, [number, number]> = {}): ScoreResult {
  const byReport = new Map<string, EventRecord[]>();
  for (const e of predicted) byReport.set(e.report_id, [...(byReport.get(e.report_id) ?? []), e]);
  let fTp = 0, fP = 0, fG = 0, aTp = 0, aP = 0, aG = 0, dOk = 0, dN = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  const errorsKm: number[] = [];
  let unresolved = 0;
  for (const doc of gold) {
    const goldAll = doc.events;
    const predAll = byReport.get(doc.report) ?? [];
    const gf = goldAll.filter((e) => isFactualString(e.modality));
    const pf = predAll.filter((e) => isFactual(e.modality));
    const m = match(pf, gf, false);
    fTp += m.length;
    fP += pf.length;
    fG += gf.length;
    for (const [i, j] of m) {
      const p = pf[i]!;
      const g = gf[j]!;
      const gd = g.date ?? (g.date_offset_days != null && doc.published ? addDays(doc.published, g.date_offset_days) : null);
      if (gd) {
        dN++;
        if (p.date === gd) dOk++;
      } else if (g.date_offset_days != null) {
        dN++;
        if (p.date === null && p.date_offset_days === g.date_offset_days) dOk++;
      }
      const coords = g.place_norm ? places[g.place_norm] : undefined;
      if (coords) {
        if (p.place?.lat == null || p.place.lon == null) unresolved++;
        else errorsKm.push(haversineKm(coords, [p.place.lat, p.place.lon]));
      }
    }
    const ma = match(predAll, goldAll, true);
    aTp += ma.length;
    aP += predAll.length;
    aG += goldAll.length;
    const mg = new Set(m.map(([, j]) => j));
    const mp = new Set(m.map(([i]) => i));
    gf.forEach((g, j) => {
      if (!mg.has(j)) misses.push(`MISSED ${doc.report}: ${g.type}/${g.side ?? g.actor} @ ${g.place} | ${(g.quote ?? '').slice(0, 90)}`);
    });
    pf.forEach((p, i) => {
      if (!mp.has(i)) extras.push(`EXTRA  ${doc.report}: ${p.type}/${p.actor.side} @ ${p.place?.name ?? '-'} [${p.rule}] | ${p.quote.slice(0, 90)}`);
    });
  }
  errorsKm.sort((a, b) => a - b);
  const located = errorsKm.length + unresolved;
  const within5km = errorsKm.filter((km) => km <= 5).length;
  return {
    reports: gold.length,
    factual: prf(fTp, fP, fG),
    allWithModality: prf(aTp, aP, aG),
    dateAccuracy: dN ? dOk / dN : 0,
    datedPairs: dN,
    place: {
      located,
      within5km,
      share: located ? within5km / located : 0,
      medianKm: errorsKm.length ? errorsKm[Math.floor(errorsKm.length / 2)]! : null,
      unresolved,
    },
    misses,
    extras,
  };
}
