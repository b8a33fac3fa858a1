import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from './build.ts';
import { expandInputs, parseReportFile, readReports } from './index.ts';

let dir: string;

async function collect(inputs: string[], opts?: Parameters<typeof readReports>[1]): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readReports(inputs, opts)) out.push(r);
  return out;
}

const summary = (results: IngestResult[]): string[] => results.map((r) => (r.ok ? `${r.report.id} ${r.report.format}` : r.error.code));

async function put(path: string, content: string | Uint8Array): Promise<string> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, content);
  return full;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'frontwatch-ingest-'));
  await put('reports/b-report.txt', 'published: 2017-08-15\n---\nThe army advanced toward Uqayribat on Tuesday.\n');
  await put('reports/a-bulletin.md', '# Bulletin\n\nGovernment forces shelled **Hamidiyah**.\n');
  await put('reports/sub/page.html', '<html><body><nav>Menu</nav><p>Troops reached the T2 station.</p></body></html>');
  await put('reports/sub/deeper/batch.jsonl', '{"id":"j1","text":"Clashes near Albu Kamal."}\n{"id":"j2","text":"Strikes on Hajin."}\n');
  await put('reports/sub/deeper/feed.xml', '<rss version="2.0"><channel><title>W</title><item><guid>g-1</guid><description>Rockets hit the airport.</description></item></channel></rss>');
  await put('reports/notes.pdf', '%PDF not a report');
  await put('reports/.hidden.txt', 'Hidden file.');
  await put('reports/node_modules/dep.txt', 'Not a report.');
  await symlink(join(dir, 'reports'), join(dir, 'reports/sub/loop'));
  await mkdir(join(dir, 'empty-folder/inner'), { recursive: true });
  await put('empty-folder/inner/readme.pdf', 'nothing');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('walks folders recursively in sorted order, by extension, skipping hidden entries, node_modules and symlink loops', async () => {
    const files = await expandInputs([join(dir, 'reports')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'reports/a-bulletin.md',
      'reports/b-report.txt',
      'reports/sub/deeper/batch.jsonl',
      'reports/sub/deeper/feed.xml',
      'reports/sub/page.html',
    ]);
  });

  it('expands globs, keeps input order, lists a file reached twice once, and leaves out inputs that give nothing', async () => {
    const files = await expandInputs([join(dir, 'reports/b-report.txt'), join(dir, 'reports/**/*.{txt,html}'), '-', join(dir, 'missing.txt')]);
    expect(files.map((f) => (f === '-' ? f : f.slice(dir.length + 1)))).toEqual(['reports/b-report.txt', 'reports/sub/page.html', '-']);
  });
});

describe('readReports', () => {
  it('reads every format from a folder, in a stable order', async () => {
    const results = await collect([join(dir, 'reports')]);
    expect(summary(results)).toEqual(['a-bulletin markdown', 'b-report text', 'j1 jsonl', 'j2 jsonl', 'g-1 rss', 'page html']);
    expect(summary(await collect([join(dir, 'reports')]))).toEqual(summary(results));
  });

  it('sets origin to the path, path:line for JSONL', async () => {
    const results = await collect([join(dir, 'reports/sub/deeper/batch.jsonl'), join(dir, 'reports/b-report.txt')]);
    expect(results.map((r) => r.ok && r.report.origin.slice(dir.length + 1))).toEqual([
      'reports/sub/deeper/batch.jsonl:1',
      'reports/sub/deeper/batch.jsonl:2',
      'reports/b-report.txt',
    ]);
  });

  it('reads stdin for "-", sniffing the format', async () => {
    const text = await collect(['-'], { stdin: Readable.from([Buffer.from('source: Pipe\npublished: 2017-09-09\n---\nThe siege of the airport was broken.')]) });
    expect(text.map((r) => r.ok && [r.report.id, r.report.origin, r.report.source, r.report.format])).toEqual([['stdin', '-', 'Pipe', 'text']]);
    const jsonl = await collect(['-'], { stdin: Readable.from(['{"id":"s1","text":"One."}\n', '{"id":"s2","text":"Two."}\n']) });
    expect(jsonl.map((r) => r.ok && [r.report.id, r.report.origin])).toEqual([['s1', '-:1'], ['s2', '-:2']]);
  });

  it('refuses stdin over the size limit', async () => {
    const results = await collect(['-'], { stdin: Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x62)]), maxBytes: 1000 });
    expect(summary(results)).toEqual(['E_INGEST_TOO_LARGE']);
  });

  it('gives the same hash to the same content in two files, whatever the line endings', async () => {
    const a = await put('same/a.txt', 'source: One\n---\nTroops entered Hatla.\nThe bridge was cut.\n');
    const b = await put('same/b.txt', 'source: Two\r\npublished: 2017-09-20\r\n---\r\n\r\nTroops entered Hatla.\r\nThe bridge was cut.');
    const c = await put('same/c.txt', 'Troops entered Hatla.\nThe bridge was cut differently.');
    const hashes = (await collect([a, b, c])).map((r) => r.ok && r.report.contentHash);
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[0]).not.toBe(hashes[2]);
    // sha256 of the body with header removed, LF line endings, trimmed.
    expect(hashes[0]).toBe(createHash('sha256').update('Troops entered Hatla.\nThe bridge was cut.').digest('hex'));
  });

  it('yields a typed error for each bad input and still reads the good ones', async () => {
    const bad = join(dir, 'bad');
    await put('bad/1-good.txt', 'The army took Kabajeb.');
    await put('bad/2-empty.txt', '');
    await put('bad/3-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await put('bad/4-latin1.txt', Buffer.from([0x54, 0x68, 0xe9, 0x0a]));
    await put('bad/5-date.md', 'published: 2017-02-30\n---\nBody.');
    await put('bad/6-lines.jsonl', '{"id":"ok","text":"Fine."}\nnot json\n');
    await put('bad/7-good.txt', 'ISIS withdrew from Sukhnah.');
    const results = await collect([join(dir, 'nope.txt'), bad, join(dir, 'empty-folder'), join(dir, 'nothing/**/*.txt')]);
    expect(summary(results)).toEqual([
      'E_INGEST_NOT_FOUND',
      '1-good text',
      'E_INGEST_EMPTY',
      'E_INGEST_BINARY',
      'E_INGEST_ENCODING',
      'E_INGEST_DATE',
      'ok jsonl',
      'E_INGEST_JSON',
      '7-good text',
      'E_INGEST_NO_REPORTS',
      'E_INGEST_NO_REPORTS',
    ]);
    const messages = results.flatMap((r) => (r.ok ? [] : [r.error.message.replace(dir, '<tmp>')]));
    expect(messages).toEqual([
      '[frontwatch] [ingest] <tmp>/nope.txt: no such file or folder',
      '[frontwatch] [ingest] <tmp>/bad/2-empty.txt: the file is empty (0 bytes)',
      '[frontwatch] [ingest] <tmp>/bad/3-binary.txt: binary file, not a report (NUL byte at offset 4)',
      '[frontwatch] [ingest] <tmp>/bad/4-latin1.txt:1: invalid UTF-8 (byte offset 2): save the file as UTF-8',
      expect.stringMatching(/^\[frontwatch\] \[ingest\] <tmp>\/bad\/5-date\.md:1: published: "2017-02-30" is not a date \(day 30 does not exist in 2017-02/),
      expect.stringMatching(/^\[frontwatch\] \[ingest\] <tmp>\/bad\/6-lines\.jsonl:2: malformed JSON/),
      expect.stringMatching(/^\[frontwatch\] \[ingest\] <tmp>\/empty-folder: folder holds no reports/),
      '[frontwatch] [ingest] <tmp>/nothing/**/*.txt: pattern matches no file',
    ]);
  });

  it('warns when two inputs give the same report id', async () => {
    const a = await put('ids/arak.txt', 'The army held Arak.');
    const b = await put('ids/arak.md', 'The army *still* held Arak.');
    const results = await collect([a, b]);
    expect(results.map((r) => r.ok && r.report.warnings.filter((w) => w.startsWith('id ')))).toEqual([[], [`id "arak" is also the id of ${a}`]]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = await put('big/over.txt', 'x'.repeat(5000));
    const [r] = await collect([path], { maxBytes: 4096 });
    expect(r?.ok === false && [r.error.code, r.error.file]).toEqual(['E_INGEST_TOO_LARGE', path]);
  });

  it('says a path that is neither file nor folder is unreadable', async () => {
    const socketPath = join(dir, 'report.sock');
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(socketPath, done));
    try {
      const results = await collect([socketPath, join(dir, 'reports/b-report.txt')]);
      expect(summary(results)).toEqual(['E_INGEST_UNREADABLE', 'b-report text']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it.skipIf(process.getuid?.() === 0)('says a file without read permission is unreadable', async () => {
    const path = await put('locked/secret.txt', 'The army took Kabajeb.');
    await chmod(path, 0o000);
    const [r] = await collect([path]);
    expect(r?.ok === false && r.error.code).toBe('E_INGEST_UNREADABLE');
  });

  it('reads a 50 MB report without error', async () => {
    const sentence = 'Government forces advanced eight kilometres east of al-Sukhnah on Tuesday, a field source said. ';
    const paragraph = `${sentence.repeat(10)}\n\n`;
    const body = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
    const path = await put('big/fifty.txt', `source: Bulk Desk\npublished: 2017-08-15\n---\n${body}`);
    const started = performance.now();
    const results = await collect([path]);
    const seconds = (performance.now() - started) / 1000;
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r?.ok && [r.report.source, r.report.published, r.report.text.length]).toEqual(['Bulk Desk', '2017-08-15', body.trim().length]);
    expect(seconds).toBeLessThan(10);
  }, 30_000);
});

describe('parseReportFile', () => {
  it('reads one file\'s bytes synchronously, taking the id from the file name', () => {
    const [r] = parseReportFile(Buffer.from('Rebels shelled the road near Hama.'), 'some/dir/hama-2017.txt');
    expect(r?.ok && [r.report.id, r.report.origin, r.report.format]).toEqual(['hama-2017', 'some/dir/hama-2017.txt', 'text']);
  });
});
