/**
 * Place-name similarity exactly as the reference scorer (shared tools/score.py) computes it, so
 * `frontwatch eval` and the scorer agree to the last match.
 */
const ARTICLES = /^(al|el|ar|as|ad|at|az|ash|an|adh|ath|aj)[-\s']+/;
const STOP = new Set(['the', 'of', 'city', 'town', 'village', 'villages', 'area', 'areas', 'region', 'district',
  'province', 'governorate', 'countryside', 'field', 'oilfield', 'oil', 'gas', 'near', 'eastern', 'western', 'northern',
  'southern', 'east', 'west', 'north', 'south', 'northeastern', 'southeastern', 'northwestern', 'southwestern', 'and', 'in',
  'hills', 'administrative', 'borders', 'border', 'desert', 'road', 'strategic', 'unnamed']);
// Generic first words of Arabic place names: "Abu Dali" and "Abu Kamal" share one but are different places.
const GENERIC = new Set(['abu', 'umm', 'um', 'jabal', 'jebel', 'tal', 'tall', 'tell', 'bir', 'jubb', 'jub', 'qasr', 'ain',
  'ayn', 'ras', 'khirbet', 'khirbat', 'wadi', 'sheikh', 'shaykh', 'beit', 'bayt', 'kafr', 'kfar', 'deir', 'dayr', 'qalaat',
  'mazraat', 'bani', 'bin', 'ibn']);

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019`']/g, '');
}

/** Tokens of a place name with articles, generic words and stop words removed. */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of fold(s).split(/[^a-z0-9-]+/)) {
    const parts = raw.split('-').map((p) => (p + '-').replace(ARTICLES, '').replace(/-+$/, '')).filter(Boolean);
    const core = parts.filter((p) => !GENERIC.has(p));
    const t = (core.length ? core : parts).join('');
    if (t && !STOP.has(t) && !/^\d+$/.test(t)) out.push(t);
  }
  return out;
}

/** Ratcliff–Obershelp ratio, as Python's difflib.SequenceMatcher(None, a, b).ratio() (short strings: no autojunk). */
export function sequenceRatio(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const matches = (alo: number, ahi: number, blo: number, bhi: number): number => {
    let bestI = alo;
    let bestJ = blo;
    let bestSize = 0;
    let prev = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const cur = new Map<number, number>();
      for (let j = blo; j < bhi; j++) {
        if (a[i] !== b[j]) continue;
        const k = (prev.get(j - 1) ?? 0) + 1;
        cur.set(j, k);
        if (k > bestSize) {
          bestI = i - k + 1;
          bestJ = j - k + 1;
          bestSize = k;
        }
      }
      prev = cur;
    }
    if (bestSize === 0) return 0;
    return bestSize + matches(alo, bestI, blo, bestJ) + matches(bestI + bestSize, ahi, bestJ + bestSize, bhi);
  };
  return (2 * matches(0, a.length, 0, b.length)) / (a.length + b.length);
}

/** Best token similarity of two place names (0..1); the scorer matches at ≥ 0.8. */
export function placeSimilarity(a: string, b: string): number {
  let ta = nameTokens(a);
  let tb = nameTokens(b);
  const sa = ta.filter((t) => !GENERIC.has(t));
  const sb = tb.filter((t) => !GENERIC.has(t));
  if (sa.length && sb.length) {
    ta = sa;
    tb = sb;
  }
  let best = 0;
  for (const x of ta) {
    for (const y of tb) {
      let r = sequenceRatio(x, y);
      if (x.slice(0, 4) === y.slice(0, 4) && Math.min(x.length, y.length) >= 4) r = Math.max(r, 0.85);
      best = Math.max(best, r);
    }
  }
  return best;
}
