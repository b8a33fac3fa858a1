import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerFormatError } from './errors.ts';
import { loadSyriaGazetteer, loadUserPlaces } from './load.ts';
import { formatPlacesTsv, parsePlacesTsv } from './table.ts';
import { TEST_PLACES } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-user-places-'));

describe('loadUserPlaces', () => {
  it('reads CSV with quoted cells, |-joined alt names, and fills admin1 from the outlines', () => {
    const file = join(dir, 'places.csv');
    writeFileSync(file, 'name,alt_names,kind,lat,lon,admin1\n"Shahed 9, hill",Shahed Nine|Tal Shahed,hill,35.1,37.3,\nT2,,station,34.42,40.55,Deir ez-Zor\n');
    const places = loadUserPlaces(file);
    expect(places[0]).toMatchObject({ id: 'user:shahed-9-hill', name: 'Shahed 9, hill', altNames: ['Shahed Nine', 'Tal Shahed'], kind: 'hill', admin1: 'Hama', source: 'user' });
    expect(places[1]?.admin1).toBe('Deir ez-Zor');
  });

  it('reads JSON', () => {
    const file = join(dir, 'places.json');
    writeFileSync(file, JSON.stringify([{ name: 'Naim roundabout', altNames: ['Dawar al-Naim'], kind: 'locality', lat: 35.95, lon: 39.01 }]));
    expect(loadUserPlaces(file)[0]).toMatchObject({ name: 'Naim roundabout', admin1: 'Ar Raqqah', kind: 'locality' });
  });

  it('names the bad row', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'name,alt_names,kind,lat,lon\nGood,,village,35,38\nBad,,castle,35,38\n');
    expect(() => loadUserPlaces(file)).toThrow(GazetteerFormatError);
    expect(() => loadUserPlaces(file)).toThrow(`${file}:3`);
    const noCoords = join(dir, 'nocoords.json');
    writeFileSync(noCoords, JSON.stringify([{ name: 'X', kind: 'village', lat: '', lon: 3 }]));
    expect(() => loadUserPlaces(noCoords)).toThrow(/#0/);
  });
});

describe('table format', () => {
  it('round-trips places and their stored keys', () => {
    const text = formatPlacesTsv(TEST_PLACES);
    const { places, keys } = parsePlacesTsv(text, 't.tsv', 'theater-table');
    expect(places.map((p) => ({ ...p, source: 'test' }))).toEqual(TEST_PLACES.map((p) => ({ ...p, source: 'test' })));
    expect(keys?.[0]?.split('|')[0]).toBe('dairzur drzr');
  });

  it('rejects a row with a bad kind, naming the line', () => {
    const text = formatPlacesTsv(TEST_PLACES.slice(0, 1)).replace('\tcity\t', '\tmetropolis\t');
    expect(() => parsePlacesTsv(text, 't.tsv', 'x')).toThrow('t.tsv:2');
  });
});

describe('default Syria gazetteer', () => {
  it('holds the committed table and the pack additions, provinces with one English name', () => {
    const g = loadSyriaGazetteer();
    expect(g.size).toBeGreaterThan(10_000);
    expect(g.get('fw:arak-gas-field')?.kind).toBe('gas_field');
    const provinces = g.all().filter((p) => p.kind === 'province').map((p) => p.name).sort();
    expect(provinces).toEqual(['Al Hasakah', 'Aleppo', 'Ar Raqqah', 'As Suwayda', 'Damascus', 'Daraa', 'Deir ez-Zor', 'Hama', 'Homs', 'Idlib', 'Latakia', 'Quneitra', 'Rif Dimashq', 'Tartus']);
    expect(g.all().filter((p) => p.admin1 === null).every((p) => p.kind === 'country' || p.id.startsWith('fw:'))).toBe(true);
    expect(g.all().filter((p) => p.source === 'theater-table').every((p) => p.admin1 !== null)).toBe(true);
    expect(loadSyriaGazetteer()).toBe(g);
  });
});
