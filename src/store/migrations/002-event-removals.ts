/**
 * Migration 2: tombstones of events that a report update removed, so a client syncing with
 * `updatedSince` also learns what disappeared. Frozen once released.
 */
export const sql = `
CREATE TABLE event_removals (
  id         TEXT PRIMARY KEY,         -- the removed event's id
  report_id  TEXT NOT NULL,            -- no foreign key: the tombstone outlives nothing it points to
  removed_at TEXT NOT NULL
) STRICT;
CREATE INDEX event_removals_time ON event_removals (removed_at);

-- An id that comes back (a later extraction finds the event again) is no longer removed.
CREATE TRIGGER event_removals_forget AFTER INSERT ON events BEGIN
  DELETE FROM event_removals WHERE id = new.id;
END;
`;
