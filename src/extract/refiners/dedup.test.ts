import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('dedup refiner', () => {
  it('keeps one event when a report tells it twice', () => {
    expect(brief('The army captured Humaymah. Humaymah was captured by the army after a day of fighting.')).toEqual(['capture/government@Humaymah/asserted']);
  });

  it('keeps events that differ in side or modality', () => {
    const events = brief('ISIS captured Humaymah in 2015. The army seeks to recapture Humaymah.');
    expect(events).toEqual(['capture/isis@Humaymah/asserted', 'capture/government@Humaymah/intended']);
  });
});
