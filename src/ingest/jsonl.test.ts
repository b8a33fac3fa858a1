import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonLines } from './jsonl.ts';

describe('readJsonLines', () => {
  const content = readFileSync(new URL('./fixtures/reports/batch.jsonl', import.meta.url), 'utf8');
  const results = readJsonLines(content, 'batch.jsonl');

  it('gives one result per non-blank line, in order, good lines still read around bad ones', () => {
    expect(results.map((r) => (r.ok ? r.report.id : `${r.error.code}@${r.error.line}`))).toEqual([
      'jl-001',
      'jl-002',
      'E_INGEST_DATE@4',
      'E_INGEST_FIELD@5',
      'E_INGEST_FIELD@6',
      'E_INGEST_JSON@7',
      'E_INGEST_JSON@8',
      '7',
    ]);
  });

  it('fills optional fields and names the line in origin', () => {
    const first = results[0];
    expect(first?.ok && first.report).toMatchObject({
      id: 'jl-001',
      source: 'Desk A',
      url: 'https://a.example.org/1',
      published: '2017-07-02',
      title: null,
      format: 'jsonl',
      origin: 'batch.jsonl:1',
      warnings: [],
    });
  });

  it('keeps a report with a null date and says so', () => {
    const second = results[1];
    expect(second?.ok && second.report.published).toBeNull();
    expect(second?.ok && second.report.warnings).toEqual(['no publication date: relative dates will be kept as offsets']);
  });

  it('names file:line and the problem in each error message', () => {
    const messages = results.flatMap((r) => (r.ok ? [] : [r.error.message]));
    expect(messages[0]).toMatch(/^\[frontwatch\] \[ingest\] batch\.jsonl:4: published "2017-13-45" is not a date \(month 13 does not exist\); accepted:/);
    expect(messages[1]).toMatch(/batch\.jsonl:5: field "text" must be a non-empty string/);
    expect(messages[2]).toMatch(/batch\.jsonl:6: field "id" must be a non-empty string \(it is missing\)/);
    expect(messages[3]).toMatch(/batch\.jsonl:7: malformed JSON/);
    expect(messages[4]).toMatch(/batch\.jsonl:8: expected a JSON object, got an array/);
  });

  it('reads a numeric id as a string, warns about unknown fields', () => {
    const last = results[7];
    expect(last?.ok && last.report).toMatchObject({ id: '7', published: '2017-09-05', warnings: ['line 9: unknown field(s) extra ignored'] });
  });

  it('rejects a field of the wrong type', () => {
    const [r] = readJsonLines('{"id":"a","text":"Body.","source":42}', 'x.jsonl');
    expect(r?.ok === false && r.error.code).toBe('E_INGEST_FIELD');
  });

  it('handles CRLF line endings and reports an all-blank file as empty', () => {
    const crlf = readJsonLines('{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\r\n', 'x.jsonl');
    expect(crlf.map((r) => r.ok && r.report.text)).toEqual(['One.', 'Two.']);
    const [blank] = readJsonLines('\n  \n', 'x.jsonl');
    expect(blank?.ok === false && blank.error.code).toBe('E_INGEST_EMPTY');
  });
});
