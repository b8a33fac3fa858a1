import type { Side } from './vocabulary.ts';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * One piece of evidence about who held a point on a date: a baseline row, or a factual
 * capture/withdrawal event resolved to coordinates.
 */
export interface ControlObservation {
  name: string;
  lat: number;
  lon: number;
  side: Side;
  /** YYYY-MM-DD from which this holds (until later evidence for the same place overrides it). */
  date: string;
  origin: 'baseline' | 'event';
  /** Gazetteer id when known: observations of one place are chained into its timeline by this (else by name). */
  placeId?: string;
  /** Event ids (store ids) and report ids that support it: the map's sources. */
  eventIds?: string[];
  reportIds?: string[];
}

/** A baseline polygon: the side holds the whole area as of `date` (GeoJSON Polygon/MultiPolygon coordinates). */
export interface BaselineArea {
  side: Side;
  date: string;
  name?: string;
  geometry: Polygon | MultiPolygon;
}

/** Options that decide how sparse points become areas. */
export interface ControlOptions {
  /** H3 resolution; 7 by default (about 5.2 km² a cell). */
  resolution?: number;
  /** A cell takes the side of the nearest evidence within this radius (km); default 25. */
  radiusKm?: number;
  /** Area the grid covers; defaults to the theater outline (Syria). */
  extent?: Polygon | MultiPolygon;
}

/**
 * Area control for one date: every H3 cell of the extent with its side (`unknown` where no
 * evidence decides). Cells outside the extent are absent from `cells`.
 */
export interface ControlGrid {
  date: string;
  resolution: number;
  radiusKm: number;
  /** h3 index → side. */
  cells: Map<string, Side>;
  /** h3 index → index into `positions` of the observation that decided the cell (absent for unknown / filled cells). */
  decidedBy: Map<string, number>;
  /** The point evidence in force on `date`, one per place (latest wins): the positions each side holds. */
  positions: ControlObservation[];
  /** Baseline areas in force on `date` (optional: absent when none were given). */
  areas?: BaselineArea[];
  /** h3 index → index into `areas` of the baseline polygon that decided the cell (cells no newer point evidence overrode). */
  decidedByArea?: Map<string, number>;
}
