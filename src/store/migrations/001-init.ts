/**
 * Migration 1: reports, events, claims, place and actor mentions.
 * Frozen once released: change the schema with a new numbered file, never by editing this one.
 */
/** The day coordinate of undated events in the spatial index: far outside any real date. */
export const UNDATED_DAY = 1e9;

export const sql = `
CREATE TABLE reports (
  id           TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  source       TEXT,
  -- lower-cased outlet, so the case-insensitive source filter can use an index
  source_key   TEXT,
  url          TEXT,
  published    TEXT,
  title        TEXT,
  note         TEXT,
  text         TEXT NOT NULL,
  format       TEXT NOT NULL,
  origin       TEXT NOT NULL,
  warnings     TEXT NOT NULL,          -- JSON array of strings
  event_count  INTEGER NOT NULL CHECK (event_count >= 0),
  claim_count  INTEGER NOT NULL CHECK (claim_count >= 0),
  ingested_at  TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX reports_source_key ON reports (source_key);

CREATE TABLE events (
  -- integer key for the spatial index (a rowid alias, so VACUUM never renumbers it)
  pk              INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  report_id       TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,    -- position in the report's event list
  type            TEXT NOT NULL,
  subtype         TEXT,
  modality        TEXT NOT NULL CHECK (modality IN ('asserted', 'reported_earlier', 'intended', 'hypothetical')),
  factual         INTEGER NOT NULL CHECK (factual IN (0, 1)),
  actor_name      TEXT NOT NULL,
  actor_side      TEXT NOT NULL,
  opponent_side   TEXT,
  place_name      TEXT,
  place_canonical TEXT,
  -- lower-cased "name\\ncanonical" for the case-insensitive place filter
  place_search    TEXT,
  gazetteer_id    TEXT,
  lat             REAL CHECK (lat BETWEEN -90 AND 90),
  lon             REAL CHECK (lon BETWEEN -180 AND 180),
  place_precision TEXT,
  admin1          TEXT,
  -- date(x) IS x holds only for a real calendar day written YYYY-MM-DD
  date            TEXT CHECK (date IS NULL OR date(date) IS date),
  date_end        TEXT CHECK (date_end IS NULL OR date(date_end) IS date_end),
  date_precision  TEXT NOT NULL,
  confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  rule            TEXT NOT NULL,
  span_start      INTEGER NOT NULL CHECK (span_start >= 0),
  span_end        INTEGER NOT NULL CHECK (span_end >= span_start),
  record          TEXT NOT NULL,       -- the full event record as JSON
  updated_at      TEXT NOT NULL,
  CHECK ((lat IS NULL) = (lon IS NULL)),
  CHECK (date_end >= date)
) STRICT;
CREATE INDEX events_report ON events (report_id, seq);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_side_date ON events (actor_side, date);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_updated ON events (updated_at);

-- Spatial-temporal index of located events: lon, lat and day (days since 1970-01-01, start..end).
-- Undated events sit at day ${UNDATED_DAY}, outside any date range a query asks for.
-- Kept by triggers; the store never updates an event row in place (it deletes and re-inserts).
CREATE VIRTUAL TABLE events_rtree USING rtree (pk, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.lat IS NOT NULL BEGIN
  INSERT INTO events_rtree VALUES (
    new.pk, new.lon, new.lon, new.lat, new.lat,
    coalesce(julianday(new.date) - 2440587.5, ${UNDATED_DAY}),
    CASE WHEN new.date IS NULL THEN ${UNDATED_DAY} ELSE julianday(coalesce(new.date_end, new.date)) - 2440587.5 END
  );
END;
CREATE TRIGGER events_rtree_delete AFTER DELETE ON events WHEN old.lat IS NOT NULL BEGIN
  DELETE FROM events_rtree WHERE pk = old.pk;
END;

CREATE TABLE claims (
  id         TEXT PRIMARY KEY,
  report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  value      REAL NOT NULL,
  unit       TEXT NOT NULL,
  qualifier  TEXT NOT NULL,
  date       TEXT CHECK (date IS NULL OR date(date) IS date),
  rule       TEXT NOT NULL,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
  record     TEXT NOT NULL             -- the full claim record as JSON
) STRICT;
CREATE INDEX claims_report ON claims (report_id, seq);

-- One row per report and place name (case-insensitive): what the geocoder made of it.
CREATE TABLE place_mentions (
  report_id    TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  name_key     TEXT NOT NULL,          -- lower-cased name as written
  name         TEXT NOT NULL,          -- first spelling in the report
  gazetteer_id TEXT,
  canonical    TEXT,
  lat          REAL,
  lon          REAL,
  precision    TEXT,
  mentions     INTEGER NOT NULL CHECK (mentions > 0),
  PRIMARY KEY (report_id, name_key)
) STRICT;
CREATE INDEX place_mentions_unresolved ON place_mentions (name_key) WHERE gazetteer_id IS NULL AND lat IS NULL;

-- One row per report, actor name (case-insensitive) and side.
CREATE TABLE actor_mentions (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  name_key  TEXT NOT NULL,
  name      TEXT NOT NULL,
  side      TEXT NOT NULL,
  mentions  INTEGER NOT NULL CHECK (mentions > 0),
  PRIMARY KEY (report_id, name_key, side)
) STRICT;
`;
