import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { belowFloor, loadFloor } from './floor.ts';

const fileWith = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'fw-floor-')), 'eval-floor.json');
  writeFileSync(path, text);
  return path;
};

describe('eval floors', () => {
  it('names each figure that dropped below its floor, and by how much', () => {
    const figures = { factual_f1: 0.38, modality_f1: 0.4, date_accuracy: 0.7 };
    expect(belowFloor(figures, { factual_f1: 0.39, modality_f1: 0.37, date_accuracy: 0.75 })).toEqual([
      'factual_f1 0.380 is 0.010 below its floor 0.390',
      'date_accuracy 0.700 is 0.050 below its floor 0.750',
    ]);
    expect(belowFloor(figures, { modality_f1: 0.4 })).toEqual([]);
  });

  it('reads a floor file and refuses one that names an unknown figure or is not JSON', () => {
    expect(loadFloor(fileWith('{"floor":{"factual_f1":0.5}}')).floor).toEqual({ factual_f1: 0.5 });
    expect(() => loadFloor(fileWith('{"floor":{"f1":0.5}}'))).toThrow(/floor\.f1 must be one of factual_f1/);
    expect(() => loadFloor(fileWith('{"floor":'))).toThrow(/eval-floor\.json: not a readable JSON floor file/);
  });
});
