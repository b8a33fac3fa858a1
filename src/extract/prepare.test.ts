import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare.ts';

describe('prepareText', () => {
  it('blanks related-story sections without moving offsets', () => {
    const body = 'The army took Arak.\nRelated Articles\nISIS captured Palmyra in a story from last year.';
    const out = prepareText(body);
    expect(out.text.length).toBe(body.length);
    expect(out.text).toContain('The army took Arak.');
    expect(out.text).not.toContain('Palmyra');
  });

  it('blanks inline teasers ("Related: …", "… | Read more") but keeps the report around them', () => {
    const out = prepareText('The army took Arak on Monday after a week of fighting.\nRelated: Civilians killed in air strikes on Mayadin | Read more from our desert coverage\nISIS fled east.');
    expect(out.text).not.toContain('Mayadin');
    expect(out.text).toContain('The army took Arak on Monday');
    expect(out.text).toContain('ISIS fled east.');
  });

  it('blanks headlines and bylines', () => {
    const out = prepareText('Syrian Army Retakes Key Town From Militants\nBy John Smith\nThe army retook the town on Monday.');
    expect(out.text.trim()).toBe('The army retook the town on Monday.');
  });

  it('flags text in another script or language', () => {
    expect(prepareText('سيطرت قوات النظام على بلدة السخنة في ريف حمص الشرقي بعد اشتباكات عنيفة').unsupported).toMatch(/language not supported/);
    expect(prepareText('Les forces du régime ont repris la ville après des combats violents contre les djihadistes dans le désert, selon une ONG basée à Londres qui dispose de sources').unsupported).toMatch(/language not supported/);
    expect(prepareText('The army took the town after heavy fighting with the militants in the desert.').unsupported).toBeNull();
  });
});
