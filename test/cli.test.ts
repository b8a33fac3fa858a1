/** The CLI as a user runs it: the real binary in a child process, real files, a real SQLite store. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimRecordSchema, eventRecordSchema } from '../src/model/index.ts';
import { SAMPLE_DIR, SAMPLE_REPORTS } from '../src/cli/sample.ts';
import { FIXTURE_REPORTS, tempDbPath } from './helpers.ts';

const BIN = join(import.meta.dirname, '../bin/frontwatch.mjs');
// A fresh working folder, so no ./frontwatch.db left by `npm start` is picked up by default.
const CWD = mkdtempSync(join(tmpdir(), 'fw-cwd-'));

function run(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: CWD, encoding: 'utf8', input, timeout: 180_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('frontwatch extract', () => {
  it('prints one valid event record per line: every field of the contract, values from the vocabulary', () => {
    const r = run(['extract', '--format', 'jsonl', SAMPLE_REPORTS]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(() => eventRecordSchema.parse(JSON.parse(line))).not.toThrow();
  });

  it('prints claims, CSV with ACLED columns, and GeoJSON', () => {
    const claims = run(['extract', '--claims', join(FIXTURE_REPORTS, 'palmyra-wire.txt'), SAMPLE_REPORTS]);
    for (const line of claims.stdout.trim().split('\n')) expect(() => claimRecordSchema.parse(JSON.parse(line))).not.toThrow();
    const csv = run(['extract', '--format', 'csv', join(FIXTURE_REPORTS, 'palmyra-wire.txt')]);
    expect(csv.stdout.split('\n')[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2/);
    expect(csv.stdout).toContain('Palmyra');
    const geo = JSON.parse(run(['extract', '--format', 'geojson', join(FIXTURE_REPORTS, 'palmyra-wire.txt')]).stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0].geometry.type).toBe('Point');
  });

  it('reads stdin', () => {
    const r = run(['extract', '-'], 'published: 2017-08-20\n---\nSyrian troops captured the town of al-Kawm from ISIS on Saturday.\n');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout.trim().split('\n')[0]!);
    expect(e.type).toBe('capture');
    expect(e.actor.side).toBe('government');
    expect(r.stderr).not.toContain('from the terminal'); // piped: no hint
  });

  // `script` (util-linux) runs the CLI on a pseudo-terminal, so stdin is a TTY as when a user types.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('says what it waits for when stdin is a terminal, and reads what is typed up to Ctrl-D', () => {
    const typed = 'published: 2017-08-20\n---\nSyrian troops captured the town of al-Kawm from ISIS on Saturday.\n\x04';
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" extract -`, '/dev/null'], { cwd: CWD, encoding: 'utf8', input: typed, timeout: 180_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[frontwatch] [extract] reading a report from the terminal: type or paste it, then press Ctrl-D');
    expect(r.stdout).toContain('cat report.txt | frontwatch extract -');
    expect(r.stdout).toMatch(/"type":"capture"/);
  });

  it('refuses to run without inputs (exit 2) rather than wait on stdin', () => {
    const r = run(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'files'");
  });

  it('names the file and line of bad input, keeps going, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    writeFileSync(join(dir, 'bad-date.txt'), 'source: X\npublished: 2017-13-45\n---\nThe army took Arak.\n');
    writeFileSync(join(dir, 'lines.jsonl'), '{"id":"a","text":"ISIS fighters withdrew from Arak on 15 June 2017."}\n{not json\n');
    const r = run(['extract', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('binary.txt');
    expect(r.stderr).toMatch(/bad-date\.txt:2/);
    expect(r.stderr).toMatch(/lines\.jsonl:2/);
    expect(r.stdout).toContain('"report_id":"a"');
  });

  it('refuses wrong usage with exit 2 and a hint', () => {
    const r = run(['extract', '--format', 'xml', SAMPLE_REPORTS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(run(['events', '--since', 'last week', '--db', tempDbPath()]).code).toBe(2);
  });
});

describe('frontwatch ingest and events', () => {
  it('stores a folder once: a second ingest changes no count', () => {
    const db = tempDbPath();
    const first = run(['ingest', '--db', db, SAMPLE_REPORTS]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^(\d+) report\(s\) stored/);
    const reports = run(['reports', '--db', db, '--json']).stdout.trim().split('\n').length;
    const events = run(['events', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').length;
    const second = run(['ingest', '--db', db, SAMPLE_REPORTS]);
    expect(second.stdout).toMatch(/^0 report\(s\) stored, 0 updated, \d+ already present/);
    expect(run(['reports', '--db', db, '--json']).stdout.trim().split('\n').length).toBe(reports);
    expect(run(['events', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').length).toBe(events);
    const gov = run(['events', '--db', db, '--side', 'government', '--type', 'capture', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(gov.length).toBeGreaterThan(0);
    expect(gov.every((e) => e.actor.side === 'government' && e.type === 'capture')).toBe(true);
  });
});

describe('frontwatch encirclements on the sample', () => {
  it('shows the near-encirclement of the ISIS-held centre in mid-July 2017, measured between positions', () => {
    const r = run(['encirclements', '--date', '2017-07-15', '--side', 'isis', '--json', '--sample-baseline']);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Array<{ gap_km: number; enclosed_area_km2: number | null; places: Array<{ name: string }> }>;
    const seed = found.find((e) => e.places.some((p) => /Uqayribat/.test(p.name)) && (e.enclosed_area_km2 ?? 0) > 11_000);
    expect(seed).toBeDefined();
    expect(seed!.gap_km).toBeGreaterThan(50);
    expect(seed!.gap_km).toBeLessThan(90);
  });
});

describe('frontwatch eval on the sample corpus (the regression gate)', () => {
  it('scores the bundled sample at or above the committed floors', () => {
    const r = run(['eval', SAMPLE_DIR, '--floor', join(SAMPLE_DIR, 'eval-floor.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/factual_f1 0\.\d{3}/);
  });

  it('fails with exit 1 and says which figure dropped and by how much', () => {
    const floor = join(mkdtempSync(join(tmpdir(), 'fw-floor-')), 'eval-floor.json');
    writeFileSync(floor, JSON.stringify({ floor: { factual_f1: 0.99, modality_f1: 0.01, date_accuracy: 0.999 } }));
    const r = run(['eval', SAMPLE_DIR, '--floor', floor]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/factual_f1 0\.\d{3} is 0\.\d{3} below its floor 0\.990/);
    expect(r.stderr).toMatch(/date_accuracy 0\.\d{3} is 0\.\d{3} below its floor 0\.999/);
    expect(r.stderr).not.toMatch(/modality_f1/);
  });
});

describe('frontwatch claims --check', () => {
  it("checks the sample's seed claims, 70 km and more than 11,000 km², against the near-encirclement of 15 July", () => {
    const db = tempDbPath();
    expect(run(['ingest', '--db', db, SAMPLE_REPORTS]).code).toBe(0);
    const r = run(['claims', '--check', '--json', '--db', db, '--report', 's06-frontline-weekly-jul16', '--sample-baseline']);
    expect(r.code).toBe(0);
    const checks = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { computed: number; verdict: string; why: string; claim: { kind: string; value: number } });
    const gap = checks.find((c) => c.claim.kind === 'distance' && c.claim.value === 70);
    const area = checks.find((c) => c.claim.kind === 'area' && c.claim.value === 11_000);
    expect(gap?.why).toMatch(/^gap between positions \(al-Hayl gas field – Raqqa-Homs boundary/);
    expect(gap?.verdict).toBe('consistent');
    expect(area?.why).toMatch(/positions measure/);
    expect(area?.verdict).toBe('consistent');
  });

  it("measures a side's distance place to front and a town's distance place to place", () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-claims-'));
    const report = join(dir, 'claims-report.txt');
    writeFileSync(report, 'source: Test Wire\npublished: 2017-07-16\n---\nThe regime forces are now less than 15 km away from al-Sukhnah city, a military source said. Al-Sukhnah is about 70 km from Palmyra.\n');
    const db = join(dir, 'claims.db');
    expect(run(['ingest', '--db', db, report]).code).toBe(0);
    const r = run(['claims', '--check', '--json', '--db', db, '--sample-baseline']);
    expect(r.code).toBe(0);
    const checks = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { computed: number; verdict: string; why: string; claim: { value: number } });
    const front = checks.find((c) => c.claim.value === 15);
    const towns = checks.find((c) => c.claim.value === 70);
    expect(front?.why).toMatch(/^place to front: al-Sukhnah to the nearest position of government \(named before the figure\)/);
    expect(towns?.why).toBe('place to place: Al-Sukhnah – Palmyra (great circle)');
    expect(towns?.computed).toBeGreaterThan(60);
    expect(towns?.computed).toBeLessThan(70);
    expect(towns?.verdict).toBe('consistent');
  });
});

describe('frontwatch pockets', () => {
  it('gives each pocket the date it formed: the first evidence date from which the ring is closed', () => {
    // A ring of 24 government posts 30 km around ISIS-held desert near al-Sukhnah, open to the north on
    // 1 June (a 70 km opening, more than twice the painting radius); the 9 northern posts are taken on 1 July.
    const dir = mkdtempSync(join(tmpdir(), 'fw-formed-'));
    const [lat0, lon0] = [34.6, 38.6];
    const post = (k: number): string => {
      const a = (2 * Math.PI * k) / 24;
      return `post-${k},${(lat0 + (30 / 111) * Math.cos(a)).toFixed(4)},${(lon0 + (30 / (111 * Math.cos((lat0 * Math.PI) / 180))) * Math.sin(a)).toFixed(4)},government`;
    };
    const north = [20, 21, 22, 23, 0, 1, 2, 3, 4];
    const june = [...Array.from({ length: 24 }, (_, k) => k).filter((k) => !north.includes(k)).map(post), `centre,${lat0},${lon0},isis`, `centre-east,${lat0},${lon0 + 0.1},isis`];
    writeFileSync(join(dir, 'june.csv'), ['name,lat,lon,side,date', ...june.map((r) => `${r},2017-06-01`)].join('\n') + '\n');
    writeFileSync(join(dir, 'july.csv'), ['name,lat,lon,side,date', ...north.map((k) => `${post(k)},2017-07-01`)].join('\n') + '\n');
    const args = ['--baseline', join(dir, 'june.csv'), '--baseline', join(dir, 'july.csv'), '--json'];
    expect(JSON.parse(run(['pockets', '--date', '2017-06-15', ...args]).stdout)).toEqual([]);
    const pockets = JSON.parse(run(['pockets', '--date', '2017-07-15', ...args]).stdout) as Array<{ side: string; formed: string; surrounding_sides: string[] }>;
    expect(pockets.map((p) => [p.side, p.formed, p.surrounding_sides])).toEqual([['isis', '2017-07-01', ['government']]]);
  });
});
