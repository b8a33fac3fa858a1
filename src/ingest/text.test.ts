import { describe, expect, it } from 'vitest';
import { readTextReport } from './text.ts';

const at = { id: 'r', file: 'in/r.txt', format: 'text' as const };

describe('readTextReport', () => {
  it('reads header fields and the body, hashing the normalised body', () => {
    const [r] = readTextReport('url: https://x.example/1\nsource: Desk D\npublished: 2017-09-23\ntitle: T\nnote: N\n---\n\nThe army entered Muhassan.\n', at);
    expect(r?.ok && r.report).toMatchObject({
      id: 'r',
      url: 'https://x.example/1',
      source: 'Desk D',
      published: '2017-09-23',
      title: 'T',
      note: 'N',
      text: 'The army entered Muhassan.',
      format: 'text',
      origin: 'in/r.txt',
      warnings: [],
    });
    expect(r?.ok && r.report.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a report with published: unknown, with the no-date warning', () => {
    const [r] = readTextReport('published: unknown\nurl: unknown\n---\nBody.', at);
    expect(r?.ok && [r.report.published, r.report.url, r.report.warnings]).toEqual([null, null, ['no publication date: relative dates will be kept as offsets']]);
  });

  it('makes a malformed published: an error naming file, line, what was wrong and what is accepted', () => {
    const [r] = readTextReport('source: Desk D\npublished: yesterday\n---\nBody.', at);
    expect(r?.ok).toBe(false);
    if (r?.ok !== false) return;
    expect(r.error.code).toBe('E_INGEST_DATE');
    expect(r.error.line).toBe(2);
    expect(r.error.message).toMatch(/^\[frontwatch\] \[ingest\] in\/r\.txt:2: published: "yesterday" is not a date \(not a date in a form we read\); accepted: YYYY-MM-DD/);
  });

  it('refuses a header with an empty body', () => {
    const [r] = readTextReport('source: Desk D\n---\n  \n', at);
    expect(r?.ok === false && [r.error.code, r.error.message]).toEqual(['E_INGEST_EMPTY', '[frontwatch] [ingest] in/r.txt: the report body is empty']);
  });

  it('reduces a Markdown body and takes its first heading as the title', () => {
    const [r] = readTextReport('published: 2017-06-19\n---\n# Army nears *Sukhnah*\n\nTroops reached [the hills](https://x.example).', { ...at, format: 'markdown' });
    expect(r?.ok && [r.report.title, r.report.text, r.report.format]).toEqual(['Army nears Sukhnah', 'Army nears Sukhnah\n\nTroops reached the hills.', 'markdown']);
  });
});
