import { FACTUAL_MODALITIES } from '../model/index.ts';
import { StoreError } from './errors.ts';
import { GRID_CELL_DEG, GRID_ROW } from './migrations/003-event-list.ts';
import type { EventQuery } from './store.ts';

/** A parameterised SELECT over `events` for better-sqlite3 (named `@params`). */
export interface EventSelect {
  sql: string;
  params: Record<string, string | number>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a SELECT returns: full records (`id, record, updated_at` of `events`) or summaries (`id, date, lat, lon, json` of `event_list`). */
export type EventSelectShape = 'record' | 'summary';

/** Filters that only `events` can answer: a summary query joins `events` only when one is set. */
const EVENT_ONLY_FILTERS = ['side', 'type', 'place', 'source', 'reportId', 'updatedSince', 'factualOnly'] as const;

/**
 * Translates an EventQuery into one SELECT, every filter a bound parameter on an indexed column
 * (date, actor_side, type, lat/lon, updated_at, report source). Date, coordinates, order and
 * paging are read from `events` for records and from its narrow copy `event_list` for summaries.
 * Throws E_STORE_INVALID for values no caller should pass (malformed day, inverted bbox, negative limit).
 *
 * @example
 * const { sql, params } = buildEventSelect({ since: '2017-06-01', bbox: [37, 34, 39, 35.5] });
 * db.prepare(sql).all(params);
 */
export function buildEventSelect(query: EventQuery, shape: EventSelectShape = 'record'): EventSelect {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  // `r` is the row that holds date, id and coordinates: the events row, or its event_list copy.
  const r = shape === 'record' ? 'e' : 's';

  // With a bbox the spatial index answers place and date at once; `+date` keeps the planner off the date index then.
  const dateColumn = query.bbox === undefined ? `${r}.date` : `+${r}.date`;
  if (query.since !== undefined) {
    params.since = day('since', query.since);
    where.push(`${dateColumn} >= @since`);
  }
  if (query.until !== undefined) {
    params.until = day('until', query.until);
    where.push(`${dateColumn} <= @until`);
  }
  if (query.side !== undefined) {
    params.side = query.side;
    where.push('e.actor_side = @side');
  }
  if (query.type !== undefined) {
    params.type = query.type;
    where.push('e.type = @type');
  }
  if (query.place !== undefined && query.place !== '') {
    params.place = query.place.toLowerCase();
    where.push('instr(e.place_search, @place) > 0');
  }
  if (query.bbox !== undefined) {
    const [west, south, east, north] = bbox(query.bbox);
    Object.assign(params, { west, south, east, north });
    if (query.since !== undefined) params.sinceDay = dayNumber(query.since);
    if (query.until !== undefined) params.untilDay = dayNumber(query.until);
    const cells = shape === 'summary' ? gridCells(west, south, east, north) : null;
    if (cells === null) {
      where.push(`${r}.pk IN (${spatialCandidates(west <= east, query.since !== undefined, query.until !== undefined)})`);
    } else {
      // event_list is ordered by cell then day: each cell is one run of rows.
      params.cells = JSON.stringify(cells);
      where.push('s.cell IN (SELECT value FROM json_each(@cells))');
      if (query.since !== undefined) where.push('s.day >= @sinceDay');
      if (query.until !== undefined) where.push('s.day <= @untilDay');
    }
    // The index holds 32-bit floats rounded outward: it finds candidates, the exact test is on the row.
    where.push(`${r}.lat BETWEEN @south AND @north`);
    where.push(west <= east ? `${r}.lon BETWEEN @west AND @east` : `(${r}.lon >= @west OR ${r}.lon <= @east)`);
  }
  if (query.source !== undefined) {
    params.source = query.source.toLowerCase();
    where.push('e.report_id IN (SELECT id FROM reports WHERE source_key = @source)');
  }
  if (query.reportId !== undefined) {
    params.reportId = query.reportId;
    where.push('e.report_id = @reportId');
  }
  if (query.updatedSince !== undefined) {
    params.updatedSince = query.updatedSince;
    where.push('e.updated_at >= @updatedSince');
  }
  if (query.factualOnly === true) {
    where.push(`e.modality IN (${FACTUAL_MODALITIES.map((m) => `'${m}'`).join(', ')})`);
  }
  if (query.after !== undefined) {
    params.afterId = query.after.id;
    if (query.after.date !== null) params.afterDate = day('after.date', query.after.date);
    where.push(afterCondition(r, query.after.date !== null, query.descending === true));
  }

  // With a date filter every row has a date, and ORDER BY date, id can walk the date index.
  const dated = query.since !== undefined || query.until !== undefined;
  const dir = query.descending === true ? ' DESC' : '';
  const order = `${dated ? '' : `${r}.date IS NULL, `}${r}.date${dir}, ${r}.id${dir}`;
  const needsEvents = EVENT_ONLY_FILTERS.some((f) => query[f] !== undefined && query[f] !== false && query[f] !== '');
  const from = shape === 'record' ? 'events e' : needsEvents ? 'event_list s JOIN events e ON e.pk = s.pk' : 'event_list s';
  const columns = shape === 'record' ? 'e.id, e.record, e.updated_at' : 's.id, s.date, s.lat, s.lon, s.summary AS json';
  let sql = `SELECT ${columns} FROM ${from}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
  if (query.limit !== undefined || query.offset !== undefined) {
    // -1 is SQLite's "no limit" (an offset alone needs a LIMIT clause).
    params.limit = query.limit === undefined ? -1 : count('limit', query.limit);
    params.offset = count('offset', query.offset ?? 0);
    sql += ' LIMIT @limit OFFSET @offset';
  }
  return { sql, params };
}

/** Rows after the cursor (@afterDate, @afterId) in the store's order: undated last, then date, then id. */
function afterCondition(r: string, dated: boolean, descending: boolean): string {
  const cmp = descending ? '<' : '>';
  if (!dated) return `(${r}.date IS NULL AND ${r}.id ${cmp} @afterId)`;
  return `(${r}.date IS NULL OR ${r}.date ${cmp} @afterDate OR (${r}.date = @afterDate AND ${r}.id ${cmp} @afterId))`;
}

/**
 * The R*Tree lookup for a bbox (and the start-date range when given). A box that crosses the
 * antimeridian (west > east) is two lookups, one each side.
 */
function spatialCandidates(oneBox: boolean, since: boolean, until: boolean): string {
  const common = ['max_lat >= @south', 'min_lat <= @north'];
  if (since) common.push('min_day >= @sinceDay');
  if (until) common.push('min_day <= @untilDay');
  const lookup = (lon: string[]) => `SELECT pk FROM events_rtree WHERE ${[...lon, ...common].join(' AND ')}`;
  return oneBox
    ? lookup(['max_lon >= @west', 'min_lon <= @east'])
    : `${lookup(['max_lon >= @west'])} UNION ALL ${lookup(['min_lon <= @east'])}`;
}

/** More cells than this (a box over ~8° × 8°) and the R*Tree is the quicker path. */
const MAX_GRID_CELLS = 1024;

/**
 * The event_list grid cells that cover a box (see migration 3), or null when the R*Tree should
 * answer instead: too many cells, or a box across the antimeridian.
 */
function gridCells(west: number, south: number, east: number, north: number): number[] | null {
  if (west > east) return null;
  const row = (lat: number) => Math.floor((lat + 90) / GRID_CELL_DEG);
  const column = (lon: number) => Math.floor((lon + 180) / GRID_CELL_DEG);
  const [r0, r1, c0, c1] = [row(south), row(north), column(west), column(east)];
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_GRID_CELLS) return null;
  const cells: number[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells.push(r * GRID_ROW + c);
  return cells;
}

/** Days since 1970-01-01, the day axis of the spatial index. */
function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;
}

function day(name: string, value: string): string {
  if (!DAY.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw new StoreError('E_STORE_INVALID', `event query: ${name} must be a calendar day YYYY-MM-DD, got "${value}"`);
  return value;
}

function bbox(box: readonly number[]): [number, number, number, number] {
  const [west, south, east, north] = box;
  if (box.length !== 4 || west === undefined || south === undefined || east === undefined || north === undefined || !box.every(Number.isFinite)) {
    throw new StoreError('E_STORE_INVALID', `event query: bbox must be four finite numbers [west, south, east, north], got ${JSON.stringify(box)}`);
  }
  if (south > north) throw new StoreError('E_STORE_INVALID', `event query: bbox south (${south}) is above north (${north})`);
  return [west, south, east, north];
}

function count(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new StoreError('E_STORE_INVALID', `event query: ${name} must be a non-negative integer, got ${value}`);
}
