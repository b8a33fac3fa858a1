import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anyInBox, parseExtent } from './extent.ts';

const square = (w: number, s: number): number[][][] => [[[w, s], [w + 1, s], [w + 1, s + 1], [w, s + 1], [w, s]]];

describe('--extent', () => {
  it('reads a box west,south,east,north and refuses one turned inside out', () => {
    expect(parseExtent('37,34,39,36')).toEqual({ type: 'Polygon', coordinates: [[[37, 34], [39, 34], [39, 36], [37, 36], [37, 34]]] });
    expect(() => parseExtent('39,34,37,36')).toThrow(/west < east/);
  });

  it("reads a GeoJSON file's polygons together, and names a file that has none", () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-extent-'));
    const two = join(dir, 'two.geojson');
    writeFileSync(two, JSON.stringify({ type: 'FeatureCollection', features: [0, 5].map((w) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(w, 0) } })) }));
    expect(parseExtent(two)).toEqual({ type: 'MultiPolygon', coordinates: [square(0, 0), square(5, 0)] });
    const none = join(dir, 'points.geojson');
    writeFileSync(none, JSON.stringify({ type: 'Point', coordinates: [1, 1] }));
    expect(() => parseExtent(none)).toThrow(/points\.geojson: the GeoJSON has no Polygon/);
  });

  it('tells whether any point lies in the bounding box', () => {
    const extent = parseExtent('37,34,39,36');
    expect(anyInBox(extent, [{ lat: 0, lon: 0 }, { lat: 35, lon: 38 }])).toBe(true);
    expect(anyInBox(extent, [{ lat: 0, lon: 0 }])).toBe(false);
  });
});
