/** Small hand-written places for the geo tests (facts, not from the corpus). */
import type { Place } from '../model/place.ts';

const place = (id: string, name: string, altNames: string[], kind: Place['kind'], lat: number, lon: number, admin1: string | null, population: number | null = null): Place =>
  ({ id, name, altNames, kind, lat, lon, admin1, population, source: 'test' });

export const TEST_PLACES: Place[] = [
  place('t:deir', 'Deir ez-Zor', ['Dayr az Zawr', 'دير الزور'], 'city', 35.336, 40.141, 'Deir ez-Zor', 200000),
  place('t:deir-prov', 'Deir ez-Zor', ['Deir Ezzor', 'Dayr az Zawr'], 'province', 35.0, 40.3, 'Deir ez-Zor'),
  place('t:hama', 'Hama', ['Hamah'], 'city', 35.133, 36.75, 'Hama', 460000),
  place('t:hama-prov', 'Hama', ['Hamah'], 'province', 35.2, 37.1, 'Hama'),
  place('t:homs-prov', 'Homs', ['Hims'], 'province', 34.5, 38.0, 'Homs'),
  place('t:sukhnah', 'As Sukhnah', ['Sukhnah'], 'town', 34.885, 38.871, 'Homs'),
  place('t:arak-field', 'Arak gas field', ['Arak'], 'gas_field', 34.679, 38.593, 'Homs'),
  place('t:arak-village', 'Arak', [], 'village', 34.66, 38.56, 'Homs'),
  place('t:rusafa-raqqa', 'Ar Rusafah', [], 'village', 35.63, 38.757, 'Ar Raqqah'),
  place('t:rusafa-hama', 'Ar Rusafah', [], 'village', 35.03, 36.3, 'Hama'),
  place('t:khanasir', 'Khanasir', [], 'town', 35.782, 37.499, 'Aleppo'),
  place('t:ithriya', 'Ithriya', [], 'village', 35.366, 37.333, 'Hama'),
  place('t:salamiyah', 'Salamiyah', ['As Salamiyah'], 'town', 35.011, 37.053, 'Hama', 66000),
  place('t:syria', 'Syria', [], 'country', 35.0, 38.5, null),
];
