import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/index.ts';
import type { ClaimRecord, ControlGrid } from '../model/index.ts';
import { checkClaims, verdictFor } from './check-claims.ts';
import { alongLine, CENTRE, onCircle, squareExtent } from './test-support.ts';

const extent = squareExtent(CENTRE.lat, CENTRE.lon, 300);
// The C of the encirclement tests: 60 government posts 40 km out, open to the north (gap 56.6 km
// between gov-0 and gov-59), ISIS holding a road north from the centre.
const obs = [...onCircle('gov', CENTRE, 40, 60, 'government', 45, 315), ...alongLine('road', CENTRE, 0, 15, 8, 'isis')];
const grids = new Map<string, ControlGrid>();
const gridAt = (date: string): ControlGrid => {
  const grid = grids.get(date) ?? controlAt(obs, date, { extent });
  grids.set(date, grid);
  return grid;
};
const locate = (name: string) => obs.find((o) => o.name === name) ?? null;

function claim(part: Partial<ClaimRecord> & Pick<ClaimRecord, 'kind' | 'value' | 'qualifier'>): ClaimRecord {
  return {
    report_id: 'r1',
    unit: part.kind === 'area' ? 'km2' : part.kind === 'distance' ? 'km' : 'villages',
    about: '',
    places: [],
    date: '2017-06-01',
    rule: 'test',
    quote: '',
    span: [0, 0],
    ...part,
  };
}

describe('checkClaims', () => {
  it('checks a siege distance against the gap between positions, and the siege area against the enclosed area', () => {
    const [gap, area, toClose] = checkClaims(
      [
        claim({ kind: 'distance', value: 55, qualifier: 'about', places: ['gov-59'], quote: 'if they advance 55 km to gov-59 they would besiege the area' }),
        claim({ kind: 'area', value: 4000, qualifier: 'more_than', places: ['gov-59'], quote: 'they would besiege an area of more than 4000 square km' }),
        claim({ kind: 'distance', value: 55, qualifier: 'about', places: ['gov-59'], quote: 'about 55 km remain to close the encirclement at gov-59' }),
      ],
      { gridAt, locate },
    );
    expect(gap?.verdict).toBe('consistent');
    expect(gap?.computed).toBeCloseTo(56.6, 0);
    expect(gap?.why).toMatch(/gap between positions/);
    expect(area?.verdict).toBe('consistent');
    expect(area?.computed).toBeGreaterThan(4300);
    expect(area?.why).toMatch(/positions measure/);
    expect(toClose?.computed).toBeCloseTo(56.6, 0);
  });

  it('measures a plain distance from the named place to the nearest hostile position', () => {
    // road-3 is 45 km north of the centre; the nearest government post is gov-0, about 33 km away.
    const [near, far] = checkClaims(
      [
        claim({ kind: 'distance', value: 15, qualifier: 'less_than', places: ['road-3'], quote: 'the regime forces are less than 15 km from road-3' }),
        claim({ kind: 'distance', value: 35, qualifier: 'about', places: ['road-3'], quote: 'the regime forces are 35 km from road-3' }),
      ],
      { gridAt, locate },
    );
    expect(near?.computed).toBeCloseTo(32.9, 0);
    expect(near?.verdict).toBe('inconsistent');
    expect(far?.verdict).toBe('consistent');
    expect(far?.why).toMatch(/government/);
  });

  it('measures place to front from the side named before the figure', () => {
    const sideIn = (text: string) => (/regime/.test(text) ? 'government' : /ISIS/.test(text) ? 'isis' : null);
    const [gov, isis] = checkClaims(
      [
        claim({ kind: 'distance', value: 15, qualifier: 'less_than', places: ['road-3'], quote: 'the regime forces are now less than 15 km away from road-3' }),
        claim({ kind: 'distance', value: 45, qualifier: 'about', places: ['gov-30'], quote: 'ISIS fighters are 45 km from gov-30' }),
      ],
      { gridAt, locate, sideIn },
    );
    expect(gov?.why).toMatch(/^place to front: road-3 to the nearest position of government \(named before the figure\): gov-(0|59)$/);
    expect(gov?.computed).toBeCloseTo(32.9, 0);
    expect(gov?.verdict).toBe('inconsistent');
    expect(isis?.why).toMatch(/^place to front: gov-30 to the nearest position of isis \(named before the figure\)/);
    expect(isis?.computed).toBeCloseTo(40, 0);
    const [after] = checkClaims(
      [claim({ kind: 'distance', value: 40, qualifier: 'about', places: ['gov-30'], quote: 'gov-30 is now 40 km from the positions of ISIS' })],
      { gridAt, locate, sideIn },
    );
    expect(after?.why).toMatch(/^place to front: gov-30 to the nearest position of isis \(named after the figure\)/);
  });

  it("reads a side's distance from a place it holds itself as the gap between its positions, else says it cannot", () => {
    // Like the lexicon: the first actor named in the text.
    const sideIn = (text: string) => {
      const troops = text.indexOf('troops');
      const isis = text.indexOf('ISIS');
      if (isis >= 0 && (troops < 0 || isis < troops)) return 'isis';
      return troops >= 0 ? 'government' : null;
    };
    const [gap, moved, zone] = checkClaims(
      [
        claim({ kind: 'distance', value: 55, qualifier: 'about', places: ['gov-59'], quote: 'Between the column at gov-0 and the troops at gov-59 there remain about 55 km of open ground' }),
        claim({ kind: 'distance', value: 30, qualifier: 'about', places: ['road-3'], quote: 'when ISIS fighters overran the posts near road-3 and drove the troops about 30 km back' }),
        claim({ kind: 'distance', value: 55, qualifier: 'exact', places: ['gov-0'], quote: 'forces were warned to stay out of a 55-km zone around gov-0' }),
      ],
      { gridAt, locate, sideIn },
    );
    expect(gap?.computed).toBeCloseTo(56.6, 0);
    expect(gap?.why).toMatch(/^gap between positions \(gov-0 – gov-59\).*government holding gov-59 itself$/);
    expect(moved?.verdict).toBe('cannot_compute');
    expect(moved?.why).toMatch(/^isis holds road-3 itself on 2017-06-01/);
    expect(zone?.why).toBe('the figure sizes a zone; it is no distance between places or to a front');
  });

  it('measures place to place when both ends are places', () => {
    // Palmyra, Arak and al-Sukhnah, about where the gazetteer has them: 31 km and 66 km apart.
    const towns: Record<string, { lat: number; lon: number }> = {
      Palmyra: { lat: 34.5604, lon: 38.2669 },
      Arak: { lat: 34.68, lon: 38.58 },
      'Al-Sukhnah': { lat: 34.887, lon: 38.867 },
    };
    const [subject, between, denied] = checkClaims(
      [
        claim({ kind: 'distance', value: 60, qualifier: 'about', places: ['Palmyra'], quote: 'Al-Sukhnah is about 60 km from Palmyra' }),
        claim({ kind: 'distance', value: 30, qualifier: 'about', places: ['Palmyra', 'Arak'], quote: 'The distance between Palmyra and Arak is 30 km' }),
        claim({ kind: 'distance', value: 10, qualifier: 'about', places: ['Arak'], quote: 'Palmyra lies 10 km west of Arak' }),
      ],
      { gridAt, locate: (n) => towns[n] ?? null, sideIn: () => null },
    );
    expect(subject?.why).toBe('place to place: Al-Sukhnah – Palmyra (great circle)');
    expect(subject?.computed).toBeCloseTo(65.8, 0);
    expect(subject?.verdict).toBe('consistent');
    expect(between?.why).toMatch(/^place to place: (Palmyra – Arak|Arak – Palmyra)/);
    expect(between?.computed).toBeCloseTo(31.4, 0);
    expect(denied?.why).toBe('place to place: Palmyra – Arak (great circle)');
    expect(denied?.verdict).toBe('inconsistent');
  });

  it('cannot compute counts, undated claims or unplaced distances, and says why', () => {
    const checks = checkClaims(
      [
        claim({ kind: 'count', value: 3, qualifier: 'exact' }),
        claim({ kind: 'distance', value: 10, qualifier: 'about', date: null, places: ['road-1'] }),
        claim({ kind: 'distance', value: 10, qualifier: 'about', places: ['Atlantis'] }),
      ],
      { gridAt, locate },
    );
    expect(checks.map((c) => c.verdict)).toEqual(['cannot_compute', 'cannot_compute', 'cannot_compute']);
    expect(checks.map((c) => c.why)).toEqual([
      'counts are not on the map',
      'the claim has no date, so there is no map to check it on',
      'no place named in the claim could be located',
    ]);
    expect(checks.every((c) => c.computed === null)).toBe(true);
  });

  it('does not modify the claims', () => {
    const claims = [claim({ kind: 'distance', value: 55, qualifier: 'about', places: ['gov-59'], quote: 'besiege' })];
    const before = JSON.stringify(claims);
    checkClaims(claims, { gridAt, locate });
    expect(JSON.stringify(claims)).toBe(before);
  });
});

describe('verdictFor', () => {
  it.each([
    [12_500, 'more_than', 11_000, 0.3, 'consistent'],
    [7_000, 'more_than', 11_000, 0.3, 'inconsistent'],
    [20, 'less_than', 15, 0.25, 'inconsistent'],
    [12, 'less_than', 15, 0.25, 'consistent'],
    [80, 'about', 70, 0.25, 'consistent'],
    [100, 'about', 70, 0.25, 'inconsistent'],
    [60, 'up_to', 70, 0.25, 'consistent'],
    [40, 'at_least', 50, 0.25, 'consistent'],
    [30, 'at_least', 50, 0.25, 'inconsistent'],
  ] as const)('%d against %s %d (±%s) is %s', (computed, qualifier, value, t, verdict) => {
    expect(verdictFor(computed, { value, qualifier }, t)).toBe(verdict);
  });
});
