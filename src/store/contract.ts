/**
 * The contract every Store adapter must pass (SQLite now, PostGIS later): run it from the
 * adapter's test file with a factory that opens a fresh, empty store on the given clock.
 *
 * Every call is awaited, so an adapter whose methods return promises runs the same suite.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES, MODALITIES, type ClaimRecord, type EventRecord, type PlaceRef, type Report, type Side } from '../model/index.ts';
import { StoreError } from './errors.ts';
import { makeClaim, makeEvent, makeReport } from './fixtures/records.ts';
import { referenceFilter, storeOrder } from './fixtures/reference-filter.ts';
import { assignClaimIds, assignEventIds, eventId } from './ids.ts';
import type { EventQuery, EventSummary, Store, StoredEvent } from './store.ts';

/** What the suite hands the factory: the clock the store must use for `ingested_at` / `updated_at`. */
export interface StoreContext {
  now: () => string;
}

/** Opens a fresh, empty store on `ctx.now`. */
export type MakeStore = (ctx: StoreContext) => Store | Promise<Store>;

const T0 = '2017-07-01T00:00:00.000Z';
const T1 = '2017-07-02T00:00:00.000Z';
const T2 = '2017-07-03T00:00:00.000Z';

const place = (name: string, canonical: string | null, lat: number | null, lon: number | null): PlaceRef => ({
  name,
  canonical,
  gazetteer_id: canonical === null ? null : `fw:${canonical.toLowerCase().replace(/\W+/g, '-')}`,
  lat,
  lon,
  precision: 'exact',
  admin1: lat === null ? null : 'Homs',
});

// Random stores and queries drawn from small value sets, so equal dates and points on a bbox edge are common.
const LATS = [-0.5, 0, 34, 34.5, 34.75, 35, 35.123456789, 36.2];
const LONS = [-179.5, 0, 37.9, 38, 38.1, 38.5, 38.987654321, 179.5];
const DAYS = ['2017-05-31', '2017-06-01', '2017-06-08', '2017-06-15', '2017-07-01'];
const SIDES: Side[] = ['government', 'isis', 'sdf', 'us_coalition'];
const NAMES = ['Tall Hamra', 'tall hamra east', 'Bir Salam', 'Kawm', 'Ar-Rusafa', 'Wadi Zayt'];
const OUTLETS = ['Desert Monitor', 'desert monitor', 'Steppe Herald', null];

const randomEvent = (reportId: string, k: number) =>
  fc.record({
    type: fc.constantFrom(...EVENT_TYPES),
    modality: fc.constantFrom(...MODALITIES),
    side: fc.constantFrom(...SIDES),
    name: fc.constantFrom(...NAMES),
    canonical: fc.option(fc.constantFrom(...NAMES), { nil: null }),
    located: fc.boolean(),
    lat: fc.constantFrom(...LATS),
    lon: fc.constantFrom(...LONS),
    hasPlace: fc.boolean(),
    date: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  }).map((r): EventRecord => makeEvent(reportId, {
    type: r.type,
    modality: r.modality,
    actor: { name: `force ${r.side}`, side: r.side },
    place: r.hasPlace ? place(r.name, r.canonical, r.located ? r.lat : null, r.located ? r.lon : null) : null,
    date: r.date,
    rule: `random-${k}`,
    span: [k, k + 1],
  }));

const randomReports = fc.array(fc.constantFrom(...OUTLETS), { minLength: 6, maxLength: 6 }).chain((outlets) =>
  fc.tuple(...outlets.map((source, i) =>
    fc.array(fc.nat(), { minLength: 8, maxLength: 8 }).chain((ks) => fc.tuple(...ks.map((_, k) => randomEvent(`rand-${i}`, k))))
      .map((events) => ({ report: makeReport(`rand-${i}`, `Random report ${i}.`, { source }), events })))),
);

// Each filter present one time in four, so most queries combine 2–4 filters and still select something.
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
const randomQuery: fc.Arbitrary<EventQuery> = fc
  .record({
    since: sometimes(fc.constantFrom(...DAYS)),
    until: sometimes(fc.constantFrom(...DAYS)),
    side: sometimes(fc.constantFrom(...SIDES)),
    type: sometimes(fc.constantFrom(...EVENT_TYPES)),
    place: sometimes(fc.constantFrom('tall', 'HAMRA', 'east', 'salam', 'rus', 'z')),
    bbox: sometimes(
      fc.tuple(fc.constantFrom(...LONS), fc.constantFrom(...LATS), fc.constantFrom(...LONS), fc.constantFrom(...LATS))
        .map(([w, a, e, b]): [number, number, number, number] => [w, Math.min(a, b), e, Math.max(a, b)]),
    ),
    source: sometimes(fc.constantFrom('desert monitor', 'STEPPE HERALD', 'nobody')),
    reportId: sometimes(fc.constantFrom('rand-0', 'rand-3')),
    updatedSince: sometimes(fc.constantFrom(T0, T1, T2)),
    factualOnly: sometimes(fc.boolean()),
    descending: sometimes(fc.boolean()),
    after: sometimes(fc.record({ date: fc.option(fc.constantFrom(...DAYS), { nil: null }), id: fc.constantFrom('', '4', '8', 'c', 'z') })),
    limit: sometimes(fc.nat({ max: 12 })),
    offset: sometimes(fc.nat({ max: 12 })),
  })
  .map((q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as EventQuery);

/** The summary `eventSummaries` must give for a stored event. */
const summaryOf = (e: StoredEvent): EventSummary => ({
  id: e.id, report_id: e.report_id, type: e.type, subtype: e.subtype, date: e.date, date_end: e.date_end, modality: e.modality,
  actor: e.actor,
  place: e.place && { name: e.place.name, canonical: e.place.canonical, lat: e.place.lat, lon: e.place.lon, precision: e.place.precision },
  updated_at: e.updated_at,
});

/**
 * Defines the contract tests for one adapter.
 *
 * @example
 * testStore('sqlite', ({ now }) => openSqliteStore(join(tmp, `${randomUUID()}.db`), { now }));
 */
export function testStore(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    let time = T0;
    const open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      time = T0;
      const store = await makeStore({ now: () => time });
      open.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });

    describe('round trip', () => {
      it('returns every field of events, claims and the report as saved, nulls and nested values included', async () => {
        const store = await fresh();
        const report = makeReport('rt', 'Round trip report body.', { note: 'team fixture', warnings: ['no byline'] });
        const full = makeEvent('rt');
        const sparse = makeEvent('rt', {
          type: 'other', subtype: 'road secured', allies: [], opponent: null, place: null, date: null, date_end: null,
          date_precision: 'unknown', date_basis: 'unknown', date_offset_days: -3, modality: 'hypothetical', confidence: 0,
          rule: 'road-secured', quote: 'If the road were secured …', span: [10, 40],
        });
        const ranged = makeEvent('rt', {
          type: 'clash', date: '2017-06-01', date_end: '2017-06-04', date_precision: 'range', confidence: 1,
          place: { ...place('the hills east of Bir Salam', null, 34.1, 38.7), gazetteer_id: null, precision: 'near' },
          allies: [{ name: 'tribal fighters', side: 'government' }, { name: 'air support', side: 'unknown' }],
          rule: 'clash-near', span: [41, 80],
        });
        const claim = makeClaim('rt');
        const countClaim = makeClaim('rt', { kind: 'count', value: 3, unit: 'villages', qualifier: 'exact', places: [], date: null, span: [81, 90] });

        expect(await store.saveReport(report, [full, sparse, ranged], [claim, countClaim])).toBe('inserted');

        const ids = assignEventIds(report.contentHash, [full, sparse, ranged]);
        for (const [i, record] of [full, sparse, ranged].entries()) {
          expect(await store.getEvent(ids[i] ?? '')).toEqual({ id: ids[i], ...record, updated_at: T0 });
        }
        expect(await store.getEvent('0000000000000000')).toBeNull();
        const claimIds = assignClaimIds(report.contentHash, [claim, countClaim]);
        expect(await store.claims('rt')).toEqual([{ id: claimIds[0], ...claim }, { id: claimIds[1], ...countClaim }]);
        expect(await store.claims()).toHaveLength(2);
        expect(await store.claims('nope')).toEqual([]);

        const stored = await store.getReport('rt');
        expect(stored).toMatchObject({ ...report, ingested_at: T0, event_count: 3 });
        expect(await store.getReport('nope')).toBeNull();
        expect(await store.listReports()).toEqual([stored]);
        expect(await store.counts()).toEqual({ reports: 1, events: 3, claims: 2 });
      });

      it('stores a report without events or claims', async () => {
        const store = await fresh();
        expect(await store.saveReport(makeReport('empty', 'Nothing happened here.'), [], [])).toBe('inserted');
        expect(await store.getReport('empty')).toMatchObject({ id: 'empty', event_count: 0 });
        expect(await store.counts()).toEqual({ reports: 1, events: 0, claims: 0 });
      });
    });

    describe('stable ids', () => {
      it('gives the same ids to the same extraction in another store, and ids from eventId()', async () => {
        const report = makeReport('ids', 'Stable id body.');
        const events = [makeEvent('ids'), makeEvent('ids', { rule: 'other-rule' })];
        const first = await fresh();
        await first.saveReport(report, events, []);
        const second = await fresh();
        await second.saveReport(report, events, []);
        const idsOf = async (s: Store) => (await s.events({})).map((e) => e.id).sort();
        expect(await idsOf(first)).toEqual(await idsOf(second));
        expect(await idsOf(first)).toEqual(events.map((e) => eventId(report.contentHash, e)).sort());
      });

      it('keeps two events that agree on every hashed field, under distinct ids', async () => {
        const store = await fresh();
        const twin = makeEvent('twins', { actor: { name: 'the militias', side: 'government' } });
        await store.saveReport(makeReport('twins', 'Two actors, one sentence.'), [makeEvent('twins'), twin], []);
        const stored = await store.events({ reportId: 'twins' });
        expect(stored).toHaveLength(2);
        expect(new Set(stored.map((e) => e.id)).size).toBe(2);
        expect(stored.map((e) => e.actor.name).sort()).toEqual(['the army', 'the militias']);
      });
    });

    describe('dedup and re-ingest', () => {
      it("answers 'duplicate' for the same content under another id, writing nothing", async () => {
        const store = await fresh();
        await store.saveReport(makeReport('orig', 'Same words twice.'), [makeEvent('orig')], []);
        const copy = makeReport('copy', 'Same words twice.', { source: 'Another Outlet' });
        expect(await store.saveReport(copy, [makeEvent('copy')], [makeClaim('copy')])).toBe('duplicate');
        expect(await store.getReport('copy')).toBeNull();
        expect(await store.counts()).toEqual({ reports: 1, events: 1, claims: 0 });
      });

      it("answers 'unchanged' for the same save again, writing nothing (not even updated_at)", async () => {
        const store = await fresh();
        const report = makeReport('again', 'Saved twice.');
        const events = [makeEvent('again'), makeEvent('again', { place: null, span: [5, 9] })];
        await store.saveReport(report, events, [makeClaim('again')]);
        time = T1;
        // A field order change in the records is not a change.
        const reordered = events.map((e) => Object.fromEntries(Object.entries(e).reverse()) as unknown as EventRecord);
        expect(await store.saveReport({ ...report, origin: 'elsewhere/again.txt' }, reordered, [makeClaim('again')])).toBe('unchanged');
        expect(await store.counts()).toEqual({ reports: 1, events: 2, claims: 1 });
        expect((await store.events({})).map((e) => e.updated_at)).toEqual([T0, T0]);
        expect(await store.getReport('again')).toMatchObject({ updated_at: T0, origin: report.origin });
      });

      it("replaces a report's events on a new extraction: kept events keep updated_at, changed and new ones get the new time", async () => {
        const store = await fresh();
        const report = makeReport('upd', 'Updated extraction body.');
        const kept = makeEvent('upd', { rule: 'kept', span: [0, 10] });
        const changed = makeEvent('upd', { rule: 'changed', span: [11, 20] });
        const dropped = makeEvent('upd', { rule: 'dropped', span: [21, 30] });
        await store.saveReport(report, [kept, changed, dropped], [makeClaim('upd')]);
        time = T1;
        const changedNow = { ...changed, confidence: 0.3, date: '2017-06-07' };
        const added = makeEvent('upd', { rule: 'added', span: [31, 40] });
        expect(await store.saveReport(report, [kept, changedNow, added], [])).toBe('updated');

        const byRule = new Map((await store.events({ reportId: 'upd' })).map((e) => [e.rule, e]));
        expect([...byRule.keys()].sort()).toEqual(['added', 'changed', 'kept']);
        expect(byRule.get('kept')?.updated_at).toBe(T0);
        expect(byRule.get('changed')).toMatchObject({ updated_at: T1, confidence: 0.3, date: '2017-06-07' });
        expect(byRule.get('added')?.updated_at).toBe(T1);
        expect(await store.getEvent(eventId(report.contentHash, dropped))).toBeNull();
        expect(await store.claims('upd')).toEqual([]);
        expect(await store.getReport('upd')).toMatchObject({ ingested_at: T0, updated_at: T1, event_count: 3 });
        expect((await store.events({ updatedSince: T1 })).map((e) => e.rule).sort()).toEqual(['added', 'changed']);
        expect(await store.removedEvents(T1)).toEqual([{ id: eventId(report.contentHash, dropped), report_id: 'upd', removed_at: T1 }]);
        expect(await store.removedEvents('2017-07-02T00:00:00.001Z')).toEqual([]);
      });

      it('forgets a removal when the event comes back', async () => {
        const store = await fresh();
        const report = makeReport('back', 'Comes back.');
        const event = makeEvent('back');
        await store.saveReport(report, [event], []);
        time = T1;
        await store.saveReport(report, [], []);
        expect(await store.removedEvents()).toHaveLength(1);
        time = T2;
        await store.saveReport(report, [event], []);
        expect(await store.removedEvents()).toEqual([]);
        expect(await store.events({ updatedSince: T2 })).toHaveLength(1);
      });

      it("replaces a report whose content changed under the same id, and frees its old content hash", async () => {
        const store = await fresh();
        const before = makeReport('edited', 'First wording.');
        const after = makeReport('edited', 'Second wording, corrected.');
        await store.saveReport(before, [makeEvent('edited')], []);
        time = T1;
        expect(await store.saveReport(after, [makeEvent('edited')], [])).toBe('updated');
        const events = await store.events({});
        expect(events).toHaveLength(1);
        expect(events[0]?.id).toBe(eventId(after.contentHash, makeEvent('edited')));
        expect(await store.getReport('edited')).toMatchObject({ text: after.text, contentHash: after.contentHash, ingested_at: T0 });
        expect(await store.saveReport(makeReport('reused', 'First wording.'), [], [])).toBe('inserted');
      });

      it("takes its own stored events back as the same records ('unchanged')", async () => {
        const store = await fresh();
        const report = makeReport('back-again', 'Round again.');
        await store.saveReport(report, [makeEvent('back-again'), makeEvent('back-again', { rule: 'r2' })], [makeClaim('back-again')]);
        const events = await store.events({ reportId: 'back-again' });
        const sorted = [...events].sort((a, b) => (a.rule < b.rule ? -1 : 1));
        expect(await store.saveReport(report, sorted, await store.claims('back-again'))).toBe('unchanged');
      });

      it('counts metadata changes as an update', async () => {
        const store = await fresh();
        const report = makeReport('meta', 'Metadata body.');
        await store.saveReport(report, [], []);
        expect(await store.saveReport({ ...report, published: '2017-06-11' }, [], [])).toBe('updated');
        expect(await store.getReport('meta')).toMatchObject({ published: '2017-06-11' });
      });
    });

    describe('events(query)', () => {
      const reports: Array<{ report: Report; events: EventRecord[]; at: string }> = [
        {
          report: makeReport('A', 'Report A body.', { source: 'Desert Monitor' }),
          at: T0,
          events: [
            makeEvent('A', { rule: 'a1', place: place('Tall Hamra village', 'Tall Hamra', 34.75, 38.1), date: '2017-06-08' }),
            makeEvent('A', { rule: 'a2', type: 'airstrike', actor: { name: 'coalition jets', side: 'us_coalition' }, place: place('Wadi Zayt', null, null, null), date: '2017-06-09' }),
            makeEvent('A', { rule: 'a3', type: 'advance', place: place('al-Qasr hills', 'Al Qasr', 35.2, 37.9), date: null, modality: 'intended' }),
          ],
        },
        {
          report: makeReport('B', 'Report B body.', { source: 'Steppe Herald' }),
          at: T1,
          events: [
            makeEvent('B', { rule: 'b1', type: 'clash', actor: { name: 'the militants', side: 'isis' }, place: place('Bir Salam', "Bi'r Salam", 34.1, 38.6), date: '2017-06-01', date_end: '2017-06-04', modality: 'reported_earlier' }),
            makeEvent('B', { rule: 'b2', type: 'shelling', place: null, date: '2017-06-05' }),
            makeEvent('B', { rule: 'b3', actor: { name: 'the militants', side: 'isis' }, place: place('Tall Hamra', 'Tall Hamra', 34.75, 38.1), date: '2017-06-12', modality: 'hypothetical' }),
          ],
        },
        {
          report: makeReport('C', 'Report C body.', { source: null, published: null }),
          at: T2,
          events: [
            makeEvent('C', { rule: 'c1', type: 'withdrawal', actor: { name: 'the SDF', side: 'sdf' }, place: place('Kawm', 'Kawm', 36.0, 39.0), date: null, date_offset_days: -2 }),
            makeEvent('C', { rule: 'c2', type: 'other', subtype: 'test point', place: place('East Point', 'Point East', 0.5, 179.5), date: '2017-06-08' }),
            makeEvent('C', { rule: 'c3', type: 'other', subtype: 'test point', place: place('West Point', 'Point West', -0.5, -179.5), date: '2017-06-08' }),
          ],
        },
        {
          report: makeReport('D', 'Report D body.', { source: 'DESERT monitor' }),
          at: T2,
          events: [
            makeEvent('D', { rule: 'd1', type: 'attack', actor: { name: 'the militants', side: 'isis' }, place: place('Tall Hamra Sharqi', 'Tall Hamra East', 34.76, 38.3), date: '2017-06-08' }),
            makeEvent('D', { rule: 'd2', type: 'siege', place: place('Old Citadel', 'Citadel', 34.9, 37.95), date: '2017-06-30' }),
          ],
        },
      ];

      const filled = async (): Promise<Store> => {
        const store = await fresh();
        for (const { report, events, at } of reports) {
          time = at;
          await store.saveReport(report, events, []);
        }
        return store;
      };
      const rules = async (store: Store, query: EventQuery) => (await store.events(query)).map((e) => e.rule).sort();

      it('orders by date then id, undated events last', async () => {
        const store = await filled();
        const all = await store.events({});
        expect(all).toHaveLength(11);
        const sorted = [...all].sort(storeOrder);
        expect(all.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
        expect(all.slice(-2).map((e) => e.rule).sort()).toEqual(['a3', 'c1']);
      });

      it('filters by date (inclusive, undated excluded, range events by their start)', async () => {
        const store = await filled();
        expect(await rules(store, { since: '2017-06-08' })).toEqual(['a1', 'a2', 'b3', 'c2', 'c3', 'd1', 'd2']);
        expect(await rules(store, { until: '2017-06-05' })).toEqual(['b1', 'b2']);
        expect(await rules(store, { since: '2017-06-02', until: '2017-06-08' })).toEqual(['a1', 'b2', 'c2', 'c3', 'd1']);
      });

      it('filters by side, type, report, source, modality', async () => {
        const store = await filled();
        expect(await rules(store, { side: 'isis' })).toEqual(['b1', 'b3', 'd1']);
        expect(await rules(store, { type: 'capture' })).toEqual(['a1', 'b3']);
        expect(await rules(store, { reportId: 'B' })).toEqual(['b1', 'b2', 'b3']);
        expect(await rules(store, { source: 'desert MONITOR' })).toEqual(['a1', 'a2', 'a3', 'd1', 'd2']);
        expect(await rules(store, { source: 'Desert' })).toEqual([]);
        expect(await rules(store, { factualOnly: true })).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'c3', 'd1', 'd2']);
      });

      it('filters by place: case-insensitive substring of the name as written or the canonical name', async () => {
        const store = await filled();
        expect(await rules(store, { place: 'tall HAMRA' })).toEqual(['a1', 'b3', 'd1']);
        expect(await rules(store, { place: 'east' })).toEqual(['c2', 'd1']);
        expect(await rules(store, { place: "bi'r" })).toEqual(['b1']);
        expect(await rules(store, { place: '%' })).toEqual([]);
      });

      it('filters by bbox, including one that crosses the antimeridian', async () => {
        const store = await filled();
        expect(await rules(store, { bbox: [38, 34, 38.5, 35] })).toEqual(['a1', 'b3', 'd1']);
        expect(await rules(store, { bbox: [179, -1, -179, 1] })).toEqual(['c2', 'c3']);
        // The whole world: every event with coordinates (a2 and b2 have none).
        expect(await rules(store, { bbox: [-180, -90, 180, 90] })).toEqual(['a1', 'a3', 'b1', 'b3', 'c1', 'c2', 'c3', 'd1', 'd2']);
        // With a date filter, undated events drop out and a range event counts by its start (b1 starts 06-01).
        expect(await rules(store, { bbox: [-180, -90, 180, 90], since: '2017-01-01' })).toEqual(['a1', 'b1', 'b3', 'c2', 'c3', 'd1', 'd2']);
        expect(await rules(store, { bbox: [38, 34, 39, 35], since: '2017-06-02', until: '2017-06-08' })).toEqual(['a1', 'd1']);
        expect(await rules(store, { bbox: [38, 34, 39, 35], until: '2017-06-01' })).toEqual(['b1']);
      });

      it('filters by updatedSince (inclusive)', async () => {
        const store = await filled();
        expect(await rules(store, { updatedSince: T1 })).toEqual(['b1', 'b2', 'b3', 'c1', 'c2', 'c3', 'd1', 'd2']);
        expect(await rules(store, { updatedSince: T2 })).toEqual(['c1', 'c2', 'c3', 'd1', 'd2']);
        expect(await rules(store, { updatedSince: '2017-08-01T00:00:00.000Z' })).toEqual([]);
      });

      it('combines filters with AND and pages with limit/offset in order', async () => {
        const store = await filled();
        expect(await rules(store, { side: 'government', since: '2017-06-05', bbox: [37, 33, 39, 36], factualOnly: true })).toEqual(['a1', 'd2']);
        const all = (await store.events({})).map((e) => e.id);
        const pages = [
          ...(await store.events({ limit: 4 })),
          ...(await store.events({ limit: 4, offset: 4 })),
          ...(await store.events({ offset: 8 })),
        ];
        expect(pages.map((e) => e.id)).toEqual(all);
        expect(await store.events({ limit: 0 })).toEqual([]);
      });

      it('agrees with the reference filter on random queries (boundaries, antimeridian, paging)', async () => {
        const store = await fresh();
        const random = fc.sample(randomReports, { numRuns: 1, seed: 42 })[0] ?? [];
        for (const [i, { report, events }] of random.entries()) {
          time = [T0, T1, T2][i % 3] ?? T0;
          await store.saveReport(report, events, []);
        }
        const all = await store.events({});
        const sources = new Map(random.map(({ report }) => [report.id, report.source]));
        expect(all.length).toBe(random.reduce((n, r) => n + r.events.length, 0));
        let selective = 0;
        await fc.assert(
          fc.asyncProperty(randomQuery, async (query) => {
            const events = await store.events(query);
            const got = events.map((e) => e.id);
            expect(got).toEqual(referenceFilter(all, query, (id) => sources.get(id) ?? null).map((e) => e.id));
            expect((await store.eventSummaries(query)).map((row) => JSON.parse(row.json) as unknown)).toEqual(events.map(summaryOf));
            if (got.length > 0 && got.length < all.length) selective += 1;
          }),
          { numRuns: 400, seed: 7 },
        );
        // Most queries must select some but not all events, or the comparison proves little.
        expect(selective).toBeGreaterThan(150);
      });

      it('gives summaries of the same events, with date, id and coordinates beside the JSON', async () => {
        const store = await filled();
        for (const query of [{}, { bbox: [38, 34, 39, 35] }, { side: 'isis', since: '2017-06-01' }] satisfies EventQuery[]) {
          const events = await store.events(query);
          const rows = await store.eventSummaries(query);
          expect(rows.map((row) => JSON.parse(row.json) as unknown)).toEqual(events.map(summaryOf));
          expect(rows.map(({ id, date, lat, lon }) => ({ id, date, lat, lon }))).toEqual(events.map((e) => ({ id: e.id, date: e.date, lat: e.place?.lat ?? null, lon: e.place?.lon ?? null })));
        }
      });

      it('pages with a cursor (the last event of a page), oldest or newest first, undated last', async () => {
        const store = await filled();
        for (const descending of [false, true]) {
          const all = (await store.events({ descending })).map((e) => e.id);
          const seen: string[] = [];
          let after: EventQuery['after'];
          for (;;) {
            const page = await store.eventSummaries({ descending, after, limit: 4 });
            seen.push(...page.map((row) => row.id));
            const last = page[page.length - 1];
            if (last === undefined) break;
            after = { date: last.date, id: last.id };
          }
          expect(seen).toEqual(all);
          expect(all.slice(-2).map((id) => all.indexOf(id))).toEqual([9, 10]);
        }
        const newest = await store.events({ descending: true, since: '2017-06-01', limit: 2 });
        expect(newest.map((e) => e.date)).toEqual(['2017-06-30', '2017-06-12']);
      });

      it('tells the span of the stored events: first and last date, sides and types', async () => {
        const store = await fresh();
        expect(await store.eventExtent()).toEqual({ first: null, last: null, sides: [], types: [] });
        const filledStore = await filled();
        expect(await filledStore.eventExtent()).toEqual({
          first: '2017-06-01', last: '2017-06-30', sides: ['government', 'isis', 'sdf', 'us_coalition'],
          types: ['advance', 'airstrike', 'attack', 'capture', 'clash', 'other', 'shelling', 'siege', 'withdrawal'],
        });
      });

      it('refuses malformed queries with E_STORE_INVALID', async () => {
        const store = await filled();
        const bad: EventQuery[] = [
          { since: '8 June 2017' }, { until: '2017-6-1' }, { since: '2017-02-30' }, { bbox: [38, 35, 39, 34] }, { bbox: [38, Number.NaN, 39, 35] },
          { limit: -1 }, { offset: 1.5 }, { after: { date: 'June', id: 'x' } },
        ];
        for (const query of bad) {
          await expect(async () => store.events(query)).rejects.toSatisfy((err) => StoreError.is(err, 'E_STORE_INVALID'));
        }
      });
    });

    describe('atomicity', () => {
      const badEvents: Array<[string, Partial<EventRecord>]> = [
        ['latitude out of range', { place: place('Nowhere', 'Nowhere', 200, 38) }],
        ['longitude out of range', { place: place('Nowhere', 'Nowhere', 34, -181) }],
        ['latitude without longitude', { place: place('Nowhere', 'Nowhere', 34, null) }],
        ['confidence above 1', { confidence: 1.5 }],
        ['confidence not a number', { confidence: Number.NaN }],
        ['span ending before it starts', { span: [30, 20] }],
        ['malformed date', { date: '8 June 2017' }],
        ['date that is not on the calendar', { date: '2017-02-30' }],
        ['range ending before it starts', { date: '2017-06-10', date_end: '2017-06-01', date_precision: 'range' }],
        ['modality outside the vocabulary', { modality: 'rumoured' as EventRecord['modality'] }],
      ];

      for (const [what, override] of badEvents) {
        it(`rolls back the whole report when a later event breaks a rule (${what})`, async () => {
          const store = await fresh();
          await store.saveReport(makeReport('ok', 'A good report.'), [makeEvent('ok')], []);
          const before = { counts: await store.counts(), actors: await store.actors(), places: await store.unresolvedPlaces() };
          const events = [
            makeEvent('half', { place: place('Unheard Of', null, null, null) }),
            makeEvent('half', { rule: 'second', span: [50, 60] }),
            makeEvent('half', { rule: 'bad', span: [61, 70], ...override }),
          ];
          await expect(async () => store.saveReport(makeReport('half', 'A half report.'), events, [makeClaim('half')]))
            .rejects.toSatisfy((err) => StoreError.is(err, 'E_STORE_CONSTRAINT'));
          expect(await store.getReport('half')).toBeNull();
          expect(await store.events({ reportId: 'half' })).toEqual([]);
          expect(await store.claims('half')).toEqual([]);
          expect({ counts: await store.counts(), actors: await store.actors(), places: await store.unresolvedPlaces() }).toEqual(before);
          // The store stays usable and the same report, fixed, saves whole.
          expect(await store.saveReport(makeReport('half', 'A half report.'), events.slice(0, 2), [])).toBe('inserted');
        });
      }

      it('rolls back when a claim breaks a rule', async () => {
        const store = await fresh();
        const claims: ClaimRecord[] = [makeClaim('c'), makeClaim('c', { span: [9, 3] })];
        await expect(async () => store.saveReport(makeReport('c', 'Claim body.'), [makeEvent('c')], claims))
          .rejects.toSatisfy((err) => StoreError.is(err, 'E_STORE_CONSTRAINT'));
        expect(await store.counts()).toEqual({ reports: 0, events: 0, claims: 0 });
      });

      it('rolls back any failure mid-save, not only constraint failures', async () => {
        const store = await fresh();
        const exploding = makeEvent('boom', { rule: 'boom', span: [1, 2] });
        Object.defineProperty(exploding, 'quote', { enumerable: true, get: () => { throw new Error('quote unavailable'); } });
        await expect(async () => store.saveReport(makeReport('boom', 'Exploding body.'), [makeEvent('boom'), exploding], []))
          .rejects.toThrow('quote unavailable');
        expect(await store.counts()).toEqual({ reports: 0, events: 0, claims: 0 });
      });

      it('keeps the previous version whole when an update fails', async () => {
        const store = await fresh();
        const report = makeReport('keep', 'Version one.');
        await store.saveReport(report, [makeEvent('keep'), makeEvent('keep', { rule: 'two', span: [3, 4] })], [makeClaim('keep')]);
        const before = await store.events({});
        time = T1;
        await expect(async () => store.saveReport(makeReport('keep', 'Version two.'), [makeEvent('keep', { confidence: 7 })], []))
          .rejects.toSatisfy((err) => StoreError.is(err, 'E_STORE_CONSTRAINT'));
        expect(await store.events({})).toEqual(before);
        expect(await store.getReport('keep')).toMatchObject({ text: 'Version one.', event_count: 2, updated_at: T0 });
        expect(await store.claims('keep')).toHaveLength(1);
      });

      it('refuses records of another report before writing (E_STORE_INVALID)', async () => {
        const store = await fresh();
        await expect(async () => store.saveReport(makeReport('mine', 'Mine.'), [makeEvent('mine'), makeEvent('theirs')], []))
          .rejects.toSatisfy((err) => StoreError.is(err, 'E_STORE_INVALID'));
        expect(await store.counts()).toEqual({ reports: 0, events: 0, claims: 0 });
      });
    });

    describe('saveReports (batch)', () => {
      it('returns one outcome per item, in order, seeing earlier items of the batch', async () => {
        const store = await fresh();
        const outcomes = await store.saveReports([
          { report: makeReport('b1', 'Batch one.'), events: [makeEvent('b1')], claims: [] },
          { report: makeReport('b2', 'Batch two.'), events: [makeEvent('b2')], claims: [makeClaim('b2')] },
          { report: makeReport('b3', 'Batch one.'), events: [makeEvent('b3')], claims: [] },
          { report: makeReport('b1', 'Batch one.'), events: [makeEvent('b1')], claims: [] },
        ]);
        expect(outcomes).toEqual(['inserted', 'inserted', 'duplicate', 'unchanged']);
        expect(await store.counts()).toEqual({ reports: 2, events: 2, claims: 1 });
      });

      it('stores nothing of a batch when one item fails, and names that report', async () => {
        const store = await fresh();
        const batch = [
          { report: makeReport('g1', 'Good one.'), events: [makeEvent('g1')], claims: [] },
          { report: makeReport('g2', 'Bad one.'), events: [makeEvent('g2', { confidence: -1 })], claims: [] },
        ];
        await expect(async () => store.saveReports(batch)).rejects.toSatisfy(
          (err) => StoreError.is(err, 'E_STORE_CONSTRAINT') && err.message.includes('g2'),
        );
        expect(await store.counts()).toEqual({ reports: 0, events: 0, claims: 0 });
      });
    });

    describe('places and actors', () => {
      it('lists unresolved place names across reports, case-insensitively, most mentioned first', async () => {
        const store = await fresh();
        const unresolved = (name: string) => place(name, null, null, null);
        await store.saveReport(makeReport('p1', 'Places one.'), [
          makeEvent('p1', { rule: 'x1', place: unresolved('Wadi Zayt') }),
          makeEvent('p1', { rule: 'x2', place: unresolved('Wadi Zayt') }),
          makeEvent('p1', { rule: 'x3', place: unresolved('Jabal Ghurab') }),
          makeEvent('p1', { rule: 'x4' }),
        ], []);
        await store.saveReport(makeReport('p2', 'Places two.'), [
          makeEvent('p2', { rule: 'y1', place: unresolved('wadi zayt') }),
          makeEvent('p2', { rule: 'y2', place: { ...unresolved('Near Kawm'), lat: 36, lon: 39, precision: 'near' } }),
        ], []);
        expect(await store.unresolvedPlaces()).toEqual([
          { name: 'Wadi Zayt', mentions: 3, reportIds: ['p1', 'p2'] },
          { name: 'Jabal Ghurab', mentions: 1, reportIds: ['p1'] },
        ]);
        await store.saveReport(makeReport('p1', 'Places one, revised.'), [makeEvent('p1')], []);
        expect(await store.unresolvedPlaces()).toEqual([{ name: 'wadi zayt', mentions: 1, reportIds: ['p2'] }]);
      });

      it('lists actors with their side and number of appearances (actor, allies, opponent)', async () => {
        const store = await fresh();
        await store.saveReport(makeReport('ac', 'Actors.'), [
          makeEvent('ac'),
          makeEvent('ac', { rule: 'r2', actor: { name: 'The Army', side: 'government' }, allies: [], opponent: null }),
          makeEvent('ac', { rule: 'r3', actor: { name: 'the militants', side: 'isis' }, allies: [], opponent: { name: 'the army', side: 'government' } }),
        ], []);
        expect(await store.actors()).toEqual([
          { name: 'the army', side: 'government', mentions: 3 },
          { name: 'the militants', side: 'isis', mentions: 2 },
          { name: 'allied militias', side: 'government', mentions: 1 },
        ]);
      });
    });
  });
}
