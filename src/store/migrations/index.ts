import { sql as init } from './001-init.ts';
import { sql as eventRemovals } from './002-event-removals.ts';
import { sql as eventList } from './003-event-list.ts';

/** One schema step. `version` numbers are consecutive from 1; each step runs in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. Append new steps; never edit or reorder released ones. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'event-removals', sql: eventRemovals },
  { version: 3, name: 'event-list', sql: eventList },
];

/** The schema version this code writes and expects. */
export const SCHEMA_VERSION = MIGRATIONS.length;
