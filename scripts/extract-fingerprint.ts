/**
 * Performance work must not change what extraction says. This writes the whole `extractReport`
 * output (events, claims, notes) for the sample and dev reports (as read by ingest), copies of them
 * with shifted and missing publication dates, and runs without a geocoder, then prints its SHA-256.
 * Run it before and after a change and compare the hashes (or `cmp` the files).
 * usage: node --import tsx scripts/extract-fingerprint.ts [OUT.jsonl]
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractReport } from '../src/extract/index.ts';
import { loadSyriaGeocoder } from '../src/geo/index.ts';
import { addDays, readFolder } from '../bench/lib.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEV = resolve(ROOT, '../shared/corpus/dev/reports');


const base = [...readFolder(join(ROOT, 'samples/syria-2017/reports')), ...(existsSync(DEV) ? readFolder(DEV) : [])];
const shifted = [0, 7, 14, 21, 28, 35, 42, 49, 56].flatMap((k) => base.map((r) => ({ ...r, id: `${r.id}-x${k}`, published: r.published ? addDays(r.published, k - 30) : null })));
const undated = base.map((r) => ({ ...r, id: `${r.id}-nopub`, published: null }));
const geocoder = loadSyriaGeocoder();
const lines = [...base, ...shifted, ...undated].map((r) => JSON.stringify(extractReport(r, { geocoder })));
for (const r of base) lines.push(JSON.stringify(extractReport(r)));
const text = lines.join('\n');
const out = process.argv[2];
if (out) writeFileSync(out, text);
console.log(`${lines.length} extractions, sha256 ${createHash('sha256').update(text).digest('hex')}`);
