import { describe, expect, it } from 'vitest';
import { provinceAt } from '../../geo/provinces.ts';
import { PLACE_KINDS } from '../../model/place.ts';
import { SYRIA_PACK_PLACES } from './places.ts';
import { SYRIA_PROVINCES } from './provinces.ts';

describe('Syria pack places', () => {
  it('have unique fw: ids and known kinds', () => {
    const ids = SYRIA_PACK_PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^fw:[a-z0-9-]+$/.test(id))).toBe(true);
    expect(SYRIA_PACK_PLACES.every((p) => (PLACE_KINDS as readonly string[]).includes(p.kind))).toBe(true);
  });

  it('lie in Syria (or, with admin1 null, across the border), in the province they name', () => {
    const provinces = new Set(SYRIA_PROVINCES.map((p) => p.name));
    for (const p of SYRIA_PACK_PLACES) {
      if (p.admin1 === null) continue;
      const at = provinceAt(p.lat, p.lon);
      expect(at, `${p.id} at ${p.lat}, ${p.lon}`).not.toBeNull();
      if (p.admin1 !== undefined) expect(provinces.has(p.admin1), p.id).toBe(true);
    }
  });

  it('give oil and gas fields the aliases reports use without the feature word', () => {
    const fields = SYRIA_PACK_PLACES.filter((p) => p.kind === 'oil_field' || p.kind === 'gas_field');
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.every((f) => f.aliases.length > 0)).toBe(true);
  });
});
