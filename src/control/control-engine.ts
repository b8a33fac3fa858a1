import type { BaselineArea, ControlGrid, ControlObservation, Side } from '../model/index.ts';
import { cellsWithCentreIn, type ExtentGrid } from './extent-grid.ts';
import { fillEnclosedUnknown } from './fill-enclosed.ts';
import { PointBuckets } from './point-buckets.ts';
import { inForce, sharedTimelines } from './timelines.ts';

/**
 * The grid rule, kept as state so that a series of dates reuses work: between two dates only the
 * cells within `radiusKm` of a place whose evidence changed (and the cells of baseline areas that
 * came into force) are decided again. `controlAt` is one `advance` of a fresh engine.
 *
 * The rule per cell: inside a baseline area in force, the nearest position NEWER than the area
 * within the radius decides, else the area does; elsewhere the nearest position within the radius
 * decides, else the cell is unknown; then `fillEnclosedUnknown` (the empty-desert rule).
 *
 * @example
 * const engine = new ControlEngine(extentGrid(syriaOutline(), 7), observations, [], 25);
 * const june = engine.advance('2017-06-01');
 * const july = engine.advance('2017-07-01'); // only the cells near changed places are redone
 */
export class ControlEngine {
  private readonly timelines: Array<readonly ControlObservation[]>;
  /** Per place slot: the observation in force on the current date. */
  private readonly current: Array<ControlObservation | undefined>;
  private readonly index: PointBuckets;
  /** Per cell: the slot whose position decides it, -1 for none. */
  private readonly cellSlot: Int32Array;
  /** Per cell: the baseline area in force that covers it, -1 for none. */
  private readonly cellArea: Int32Array;
  /** Per area: the cells it covers (centre inside). */
  private readonly areaCells: number[][];
  private readonly areaActive: Uint8Array;
  private started = false;

  constructor(
    private readonly grid: ExtentGrid,
    observations: readonly ControlObservation[],
    private readonly areas: readonly BaselineArea[],
    private readonly radiusKm: number,
  ) {
    this.timelines = [...sharedTimelines(observations).values()];
    this.current = new Array<ControlObservation | undefined>(this.timelines.length);
    this.index = new PointBuckets(this.timelines.length);
    this.cellSlot = new Int32Array(grid.cells.length).fill(-1);
    this.cellArea = new Int32Array(grid.cells.length).fill(-1);
    this.areaCells = areas.map((area) => cellsOfArea(grid, area));
    this.areaActive = new Uint8Array(areas.length);
  }

  /** The control grid on `date` (YYYY-MM-DD, already checked by the caller). Dates may go in any order. */
  advance(date: string): ControlGrid {
    const dirty = new Uint8Array(this.grid.cells.length);
    const dirtyList: number[] = [];
    const markDirty = (cell: number): void => {
      if (dirty[cell]) return;
      dirty[cell] = 1;
      dirtyList.push(cell);
    };
    if (!this.started) for (let cell = 0; cell < this.grid.cells.length; cell++) markDirty(cell);
    this.updateAreas(date, markDirty);
    this.updatePositions(date, markDirty);
    this.started = true;
    for (const cell of dirtyList) this.cellSlot[cell] = this.decide(cell);
    return this.compose(date);
  }

  private updateAreas(date: string, markDirty: (cell: number) => void): void {
    let changed = false;
    this.areas.forEach((area, a) => {
      const active = area.date <= date ? 1 : 0;
      if (active === this.areaActive[a]) return;
      this.areaActive[a] = active;
      changed = true;
    });
    if (!changed) return;
    // Recompute which area covers each cell: the latest in force (later in the list on a tie).
    const best = new Int32Array(this.grid.cells.length).fill(-1);
    this.areas.forEach((area, a) => {
      if (!this.areaActive[a]) return;
      for (const cell of this.areaCells[a] ?? []) {
        const held = best[cell] ?? -1;
        if (held === -1 || (this.areas[held]?.date ?? '') <= area.date) best[cell] = a;
      }
    });
    best.forEach((a, cell) => {
      if (this.cellArea[cell] === a) return;
      this.cellArea[cell] = a;
      markDirty(cell);
    });
  }

  private updatePositions(date: string, markDirty: (cell: number) => void): void {
    const touch = (o: ControlObservation): void =>
      this.grid.centres.within(o.lat, o.lon, this.radiusKm, markDirty);
    this.timelines.forEach((timeline, slot) => {
      const before = this.current[slot];
      const now = inForce(timeline, date);
      if (before === now) return;
      this.current[slot] = now;
      // A place that only changed hands keeps its cells: they read its side at compose time.
      // Nearest-position answers change only when a position appears, moves or goes, or when its
      // date decides whether it may override a baseline area.
      const moved = !before || !now || before.lat !== now.lat || before.lon !== now.lon || (this.areas.length > 0 && before.date !== now.date);
      if (!moved) return;
      if (this.started && before) touch(before);
      if (now) {
        this.index.insert(slot, now.lat, now.lon);
        if (this.started) touch(now);
      } else {
        this.index.remove(slot);
      }
    });
  }

  private decide(cell: number): number {
    const lat = this.grid.lat[cell] ?? 0;
    const lon = this.grid.lon[cell] ?? 0;
    const area = this.areas[this.cellArea[cell] ?? -1];
    if (!area) return this.index.nearest(lat, lon, this.radiusKm);
    return this.index.nearest(lat, lon, this.radiusKm, (slot) => (this.current[slot]?.date ?? '') > area.date);
  }

  private compose(date: string): ControlGrid {
    const { cells } = this.grid;
    const positions: ControlObservation[] = [];
    const positionOfSlot = new Int32Array(this.timelines.length).fill(-1);
    this.current.forEach((o, slot) => {
      if (!o) return;
      positionOfSlot[slot] = positions.length;
      positions.push(o);
    });
    const areasInForce: BaselineArea[] = [];
    const areaInForceOf = new Int32Array(this.areas.length).fill(-1);
    this.areas.forEach((area, a) => {
      if (!this.areaActive[a]) return;
      areaInForceOf[a] = areasInForce.length;
      areasInForce.push(area);
    });

    const sides = new Array<Side>(cells.length);
    const barrier = new Uint8Array(cells.length);
    const decidedBy = new Map<string, number>();
    const decidedByArea = new Map<string, number>();
    for (let cell = 0; cell < cells.length; cell++) {
      const slot = this.cellSlot[cell] ?? -1;
      const a = this.cellArea[cell] ?? -1;
      const h3 = cells[cell] ?? '';
      const position = slot >= 0 ? this.current[slot] : undefined;
      if (position) {
        sides[cell] = position.side;
        if (position.side === 'unknown') barrier[cell] = 1;
        else decidedBy.set(h3, positionOfSlot[slot] ?? -1);
      } else if (a >= 0) {
        sides[cell] = this.areas[a]?.side ?? 'unknown';
        decidedByArea.set(h3, areaInForceOf[a] ?? -1);
      } else {
        sides[cell] = 'unknown';
      }
    }
    fillEnclosedUnknown(this.grid, sides, barrier);
    const cellSides = new Map<string, Side>();
    for (let cell = 0; cell < cells.length; cell++) cellSides.set(cells[cell] ?? '', sides[cell] ?? 'unknown');

    const grid: ControlGrid = {
      date,
      resolution: this.grid.resolution,
      radiusKm: this.radiusKm,
      cells: cellSides,
      decidedBy,
      positions,
    };
    if (this.areas.length > 0) {
      grid.areas = areasInForce;
      grid.decidedByArea = decidedByArea;
    }
    return grid;
  }
}

/** The grid cells whose centre lies inside the area. */
function cellsOfArea(grid: ExtentGrid, area: BaselineArea): number[] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const inside = new Set<number>();
  for (const rings of polygons) {
    for (const h3 of cellsWithCentreIn(rings, grid.resolution)) {
      const cell = grid.indexOf.get(h3);
      if (cell !== undefined) inside.add(cell);
    }
  }
  return [...inside].sort((a, b) => a - b);
}
