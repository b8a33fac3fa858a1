import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBaseline, parseBaselineCsv, parseBaselineGeoJSON } from './baseline.ts';

const dir = mkdtempSync(join(tmpdir(), 'frontwatch-baseline-'));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadBaseline: CSV', () => {
  it('reads rows in any column order, with quoted names and an optional place_id', () => {
    const file = write('b.csv', 'side,date,name,lat,lon,place_id\nisis,2017-05-01,"Arak, the field",34.65,38.56,g1\n\ngovernment,2017-03-02,Palmyra,34.55,38.27,\n');
    expect(loadBaseline(file)).toEqual({
      observations: [
        { name: 'Arak, the field', lat: 34.65, lon: 38.56, side: 'isis', date: '2017-05-01', origin: 'baseline', placeId: 'g1' },
        { name: 'Palmyra', lat: 34.55, lon: 38.27, side: 'government', date: '2017-03-02', origin: 'baseline' },
      ],
      areas: [],
    });
  });

  it('names the file and line of a bad row, with a stable code', () => {
    expect(() => parseBaselineCsv('name,lat,lon,side,date\nA,34,38,isis,2017-05-01\nB,95,38,isis,2017-05-01\n', 'b.csv')).toThrow(
      expect.objectContaining({ code: 'E_CONTROL_BASELINE_FORMAT', message: expect.stringContaining('b.csv:3: lat "95"') }),
    );
    expect(() => parseBaselineCsv('name,lat,lon,side,date\nA,34,38,daesh,2017-05-01\n', 'b.csv')).toThrow(/b\.csv:2: side "daesh"/);
    const sideOf = (t: string) => (t === 'daesh' ? 'isis' : null);
    expect(parseBaselineCsv('name,lat,lon,side,date\nA,34,38,daesh,2017-05-01\n', 'b.csv', { sideOf }).observations[0]?.side).toBe('isis');
    expect(() => parseBaselineCsv('name,lat,lon,side,date\nA,34,38,martians,2017-05-01\n', 'b.csv', { sideOf })).toThrow(/side "martians" is not one of .* nor a name of an actor/);
    expect(() => parseBaselineCsv('name,lat,lon,side,date\nA,34,38,isis,2017-13-01\n', 'b.csv')).toThrow(/b\.csv:2: date/);
  });

  it('requires the header', () => {
    expect(() => parseBaselineCsv('Arak,34.65,38.56,isis,2017-05-01\n', 'b.csv')).toThrow(/b\.csv:1: the header must name/);
  });

  it('reports a missing file with E_CONTROL_BASELINE_READ', () => {
    expect(() => loadBaseline(join(dir, 'absent.csv'))).toThrow(expect.objectContaining({ code: 'E_CONTROL_BASELINE_READ' }));
  });
});

describe('loadBaseline: GeoJSON', () => {
  const collection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Arak', side: 'isis', date: '2017-05-01' }, geometry: { type: 'Point', coordinates: [38.56, 34.65] } },
      {
        type: 'Feature',
        properties: { name: 'Eastern desert', side: 'isis', date: '2017-05-01' },
        geometry: { type: 'Polygon', coordinates: [[[38, 34], [39, 34], [39, 35], [38, 34]]] },
      },
    ],
  };

  it('turns points into observations and polygons into areas', () => {
    const { observations, areas } = loadBaseline(write('b.geojson', JSON.stringify(collection)));
    expect(observations).toEqual([{ name: 'Arak', lat: 34.65, lon: 38.56, side: 'isis', date: '2017-05-01', origin: 'baseline' }]);
    expect(areas).toEqual([{ name: 'Eastern desert', side: 'isis', date: '2017-05-01', geometry: collection.features[1]?.geometry }]);
  });

  it('names the feature that is wrong', () => {
    const bad = { ...collection, features: [{ type: 'Feature', properties: { side: 'isis', date: '2017-05-01' }, geometry: { type: 'LineString', coordinates: [[38, 34], [39, 35]] } }] };
    expect(() => parseBaselineGeoJSON(JSON.stringify(bad), 'b.geojson')).toThrow(/b\.geojson: features\[0\]: geometry must be/);
    expect(() => parseBaselineGeoJSON('{"type":"Feature","properties":{"date":"2017-05-01"},"geometry":null}', 'b.geojson')).toThrow(/side ""/);
  });
});
