import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('dedup refiner', () => {
  it('keeps one event when a report tells it twice', () => {
    expect(brief('The army captured Humaymah. Humaymah was captured by the army after a day of fighting.')).toEqual(['capture/government@Humaymah/asserted']);
  });

  it('keeps the hills near a town apart from the town itself', () => {
    const events = brief('The army captured the hills near the village of Mhardeh. Later the army captured Mhardeh.');
    expect(events).toEqual(['capture/government@hills near the village of Mhardeh/asserted', 'capture/government@Mhardeh/asserted']);
  });

  it('keeps events that differ in side or modality', () => {
    const events = brief('ISIS captured Humaymah in 2015. The army seeks to recapture Humaymah.');
    expect(events).toEqual(['capture/isis@Humaymah/asserted', 'capture/government@Humaymah/intended']);
  });
});
