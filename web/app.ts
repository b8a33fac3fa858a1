/**
 * The analyst's daily view: a MapLibre map over the Frontwatch HTTP API. Talks to the API only.
 * Report text is untrusted: it is only ever written with textContent, never as HTML.
 */
import { Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature, type StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const SIDE_COLORS: Record<string, string> = {
  government: '#d6404a',
  isis: '#3b3b3b',
  sdf: '#e6b422',
  rebels: '#4f9d5d',
  hts: '#8c6d46',
  turkey: '#3f6fd8',
  us_coalition: '#7048e8',
  unknown: '#bdbdbd',
};
const TYPE_LETTERS: Record<string, string> = {
  capture: 'C', withdrawal: 'W', clash: 'X', airstrike: 'A', shelling: 'S', advance: '→', siege: 'O', attack: '!', other: '·',
};
const FEED_WINDOW_DAYS = 30;
/** The feed and the map show the newest events of the window, at most this many (a page of the API). */
const FEED_LIMIT = 1000;

interface EventProps {
  id: string;
  type: string;
  subtype: string | null;
  date: string | null;
  actor: { name: string; side: string };
  place: { name: string; canonical: string | null } | null;
  modality: string;
  report_id: string;
}
interface Source { reportId: string; source: string | null; url: string | null; published: string | null; quote: string; modality: string; date: string | null }
interface ViewState { date: string | null; bounds: [number, number, number, number] | null; side: string; type: string }

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
};

/** Builds an element with text only: the one way report-derived strings reach the page. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Control as the map draws it: simplified outlines, no evidence lists (the full answer is /api/control?date=…). */
function controlUrl(date: string): string {
  return `/api/control?date=${date}&view=map`;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function readState(): ViewState {
  const p = new URLSearchParams(location.search);
  const bounds = p.get('bounds')?.split(',').map(Number);
  return {
    date: p.get('date'),
    bounds: bounds && bounds.length === 4 && bounds.every(Number.isFinite) ? (bounds as [number, number, number, number]) : null,
    side: p.get('side') ?? '',
    type: p.get('type') ?? '',
  };
}

function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  if (s.date) p.set('date', s.date);
  if (s.bounds) p.set('bounds', s.bounds.map((n) => n.toFixed(3)).join(','));
  if (s.side) p.set('side', s.side);
  if (s.type) p.set('type', s.type);
  history.replaceState(null, '', `?${p.toString()}`);
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** `control`: the first date's control URL, fetched with the base map so that 'load' means it is drawn. */
function baseStyle(control: string | FeatureCollection): StyleSpecification {
  const sideColor = ['match', ['get', 'side'], ...Object.entries(SIDE_COLORS).flat(), '#bdbdbd'] as unknown as string;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: '/api/basemap/countries' },
      provinces: { type: 'geojson', data: '/api/basemap/provinces' },
      places: { type: 'geojson', data: '/api/basemap/places' },
      control: { type: 'geojson', data: control },
      analysis: { type: 'geojson', data: empty },
      events: { type: 'geojson', data: empty, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#cfe3ee' } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#efece4' } },
      { id: 'control-fill', type: 'fill', source: 'control', filter: ['all', ['==', ['get', 'kind'], 'area'], ['!=', ['get', 'side'], 'unknown']], paint: { 'fill-color': sideColor, 'fill-opacity': 0.38 } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#6b6b6b', 'line-width': 1.2 } },
      { id: 'provinces-line', type: 'line', source: 'provinces', paint: { 'line-color': '#8d8d8d', 'line-width': 0.6, 'line-dasharray': [3, 2] } },
      { id: 'fronts', type: 'line', source: 'control', filter: ['==', ['get', 'kind'], 'front'], paint: { 'line-color': '#7a0000', 'line-width': 2 } },
      { id: 'pockets', type: 'line', source: 'analysis', filter: ['==', ['get', 'kind'], 'pocket'], paint: { 'line-color': '#d9480f', 'line-width': 3 } },
      { id: 'enclosed', type: 'fill', source: 'analysis', filter: ['==', ['get', 'kind'], 'enclosed'], paint: { 'fill-color': '#f08c00', 'fill-opacity': 0.15 } },
      { id: 'gaps', type: 'line', source: 'analysis', filter: ['==', ['get', 'kind'], 'gap'], paint: { 'line-color': '#f08c00', 'line-width': 3, 'line-dasharray': [2, 1] } },
      { id: 'gap-labels', type: 'symbol', source: 'analysis', filter: ['has', 'label'], layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'symbol-placement': 'point' }, paint: { 'text-color': '#862e00', 'text-halo-color': '#fff', 'text-halo-width': 1.5 } },
      { id: 'place-labels', type: 'symbol', source: 'places', filter: ['<', ['get', 'rank'], 60], layout: { 'text-field': ['get', 'name'], 'text-size': 11, 'text-optional': true }, paint: { 'text-color': '#333', 'text-halo-color': '#fff', 'text-halo-width': 1 } },
      {
        id: 'events', type: 'circle', source: 'events',
        paint: {
          'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 9, 6],
          'circle-color': ['match', ['get', 'side'], ...Object.entries(SIDE_COLORS).flat(), '#bdbdbd'] as unknown as string,
          'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#d9480f', '#ffffff'],
          'circle-stroke-width': 2,
        },
      },
      { id: 'event-letters', type: 'symbol', source: 'events', layout: { 'text-field': ['get', 'letter'], 'text-size': 9, 'text-allow-overlap': true }, paint: { 'text-color': '#fff' } },
    ],
  };
}

interface Timeline { first: string | null; last: string | null; sides: string[]; types: string[] }

class App {
  readonly map: MapLibreMap;
  private state: ViewState = readState();
  private readonly dates: string[] = [];
  private selectedId: string | null = null;
  private playing: number | null = null;
  private refreshSeq = 0;
  private readonly mapLoaded: Promise<void>;

  constructor(private readonly timeline: Timeline) {
    if (timeline.first && timeline.last) {
      for (let d = timeline.first; d <= timeline.last; d = addDays(d, 1)) this.dates.push(d);
    }
    const slider = $('slider') as HTMLInputElement;
    slider.max = String(Math.max(0, this.dates.length - 1));
    const wanted = this.state.date && this.dates.includes(this.state.date) ? this.dates.indexOf(this.state.date) : this.dates.length - 1;
    slider.value = String(Math.max(0, wanted));
    const date = this.currentDate();
    this.map = new MapLibreMap({
      container: 'map', style: baseStyle(date ? controlUrl(date) : empty), center: [38.5, 35], zoom: 6,
      attributionControl: { compact: true, customAttribution: 'Natural Earth, Who’s On First, GeoNames, OpenSyria' },
    });
    // Listen before anything else awaits: 'load' may fire while the page is still being set up.
    this.mapLoaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    if (this.state.bounds) this.map.fitBounds(this.state.bounds, { animate: false });
  }

  /** body[data-ready] once the first map (base map and control) is drawn; body[data-loaded] once events, pockets and claims are in too. */
  async start(): Promise<void> {
    this.buildLegend();
    this.bindControls();
    for (const s of this.timeline.sides) $('side-filter').append(new Option(s, s));
    for (const t of this.timeline.types) $('type-filter').append(new Option(t, t));
    ($('side-filter') as HTMLSelectElement).value = this.state.side;
    ($('type-filter') as HTMLSelectElement).value = this.state.type;
    this.map.on('moveend', () => this.saveBounds());
    this.map.on('click', 'events', (e) => {
      const f = e.features?.[0] as MapGeoJSONFeature | undefined;
      if (f) void this.select(String(f.properties.id), false);
    });
    this.map.on('mouseenter', 'events', () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', 'events', () => (this.map.getCanvas().style.cursor = ''));
    await this.mapLoaded;
    document.body.dataset.controlFeatures = String(this.map.querySourceFeatures('control').length);
    document.body.dataset.ready = 'true';
    await Promise.all([this.refresh(true), this.loadClaims()]);
    document.body.dataset.loaded = 'true';
  }

  private currentDate(): string | null {
    return this.dates[Number(($('slider') as HTMLInputElement).value)] ?? null;
  }

  private bindControls(): void {
    const slider = $('slider') as HTMLInputElement;
    // Debounced: holding an arrow key or dragging asks only for the date the slider stops at.
    let timer: number | undefined;
    slider.addEventListener('input', () => {
      $('date-label').textContent = this.currentDate() ?? '';
      clearTimeout(timer);
      timer = window.setTimeout(() => void this.refresh(), 250);
    });
    $('play').addEventListener('click', () => this.togglePlay());
    document.addEventListener('keydown', (e) => {
      if (e.key === ' ' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLButtonElement || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        this.togglePlay();
      }
    });
    for (const id of ['side-filter', 'type-filter']) $(id).addEventListener('change', () => void this.refresh());
    for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs button')) tab.addEventListener('click', () => this.showTab(tab.dataset.tab ?? 'feed'));
  }

  private togglePlay(): void {
    const slider = $('slider') as HTMLInputElement;
    if (this.playing !== null) {
      clearInterval(this.playing);
      this.playing = null;
      $('play').textContent = '▶';
      return;
    }
    $('play').textContent = '❚❚';
    this.playing = window.setInterval(() => {
      const next = Number(slider.value) + 7;
      slider.value = String(next > Number(slider.max) ? 0 : next);
      void this.refresh();
    }, 900);
  }

  private showTab(name: string): void {
    for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs button')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    for (const panel of document.querySelectorAll<HTMLElement>('.tab')) panel.hidden = panel.id !== `tab-${name}`;
  }

  private saveBounds(): void {
    const b = this.map.getBounds();
    this.state.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    writeState(this.state);
  }

  /** Moves the whole view to the slider's date: control areas and fronts (unless `controlShown`), events, feed, pockets. */
  private async refresh(controlShown = false): Promise<void> {
    const date = this.currentDate();
    const seq = ++this.refreshSeq;
    this.state.date = date;
    this.state.side = ($('side-filter') as HTMLSelectElement).value;
    this.state.type = ($('type-filter') as HTMLSelectElement).value;
    writeState(this.state);
    $('date-label').textContent = date ?? 'no dated events';
    if (!date) return;
    const details = this.fetchDetails(date);
    if (!controlShown) {
      const control = await getJson<FeatureCollection>(controlUrl(date));
      if (seq !== this.refreshSeq) return; // a newer date was asked for meanwhile
      (this.map.getSource('control') as GeoJSONSource).setData(control);
      document.body.dataset.controlFeatures = String(control.features.length);
    }
    const [events, analysis] = await details;
    if (seq !== this.refreshSeq) return;
    for (const f of events.features) {
      const p = f.properties as EventProps;
      Object.assign(f.properties!, { side: p.actor.side, letter: TYPE_LETTERS[p.type] ?? '·' });
    }
    (this.map.getSource('events') as GeoJSONSource).setData(events);
    this.renderFeed(events.features as Feature<Geometry, EventProps>[], events.next !== null);
    this.renderAnalysis(analysis);
    document.body.dataset.date = date;
    if (this.selectedId) this.map.setFeatureState({ source: 'events', id: this.selectedId }, { selected: true });
  }

  /** The feed window's newest events (one API page) and the date's pockets and near-encirclements. */
  private fetchDetails(date: string): Promise<[FeatureCollection & { next: string | null }, { pockets: AnalysisItem[]; encirclements: AnalysisItem[] }]> {
    const filters = new URLSearchParams({ format: 'geojson', order: 'desc', limit: String(FEED_LIMIT), since: addDays(date, -FEED_WINDOW_DAYS), until: date });
    if (this.state.side) filters.set('side', this.state.side);
    if (this.state.type) filters.set('type', this.state.type);
    return Promise.all([
      getJson<FeatureCollection & { next: string | null }>(`/api/events?${filters.toString()}`),
      getJson<{ pockets: AnalysisItem[]; encirclements: AnalysisItem[] }>(`/api/analysis?date=${date}`),
    ]);
  }

  /** The feed, newest first (the API's order); `more` says the window holds more events than the page. */
  private renderFeed(features: Feature<Geometry, EventProps>[], more: boolean): void {
    const feed = $('feed');
    feed.replaceChildren();
    for (const f of features) {
      const p = f.properties;
      const button = el('button');
      button.type = 'button';
      button.dataset.eventId = p.id;
      const swatch = el('span', undefined, 'swatch');
      swatch.style.background = SIDE_COLORS[p.actor.side] ?? '#999';
      button.append(swatch, el('strong', `${p.type}${p.subtype ? ` (${p.subtype})` : ''}`), document.createTextNode(` — ${p.place?.canonical ?? p.place?.name ?? 'unplaced'}`));
      button.append(el('div', `${p.date ?? 'undated'} · ${p.actor.name} (${p.actor.side}) · ${p.modality}`, 'meta'));
      button.addEventListener('click', () => void this.select(p.id, true));
      const li = el('li');
      li.append(button);
      feed.append(li);
    }
    if (!features.length) feed.append(el('li', 'No events in this window.', 'hint'));
    if (more) feed.append(el('li', `The newest ${features.length} events of the window; filter by side or type for the rest.`, 'hint'));
  }

  /** Selects an event from either side: the feed highlights it, the map shows it, the panel lists its sources. */
  private async select(id: string, fromFeed: boolean): Promise<void> {
    if (this.selectedId) this.map.setFeatureState({ source: 'events', id: this.selectedId }, { selected: false });
    this.selectedId = id;
    this.map.setFeatureState({ source: 'events', id }, { selected: true });
    for (const b of document.querySelectorAll<HTMLButtonElement>('#feed button')) b.classList.toggle('selected', b.dataset.eventId === id);
    const detail = await getJson<{ event: EventProps & { place: { lat: number | null; lon: number | null; name: string; canonical: string | null; precision: string } | null }; sources: Source[] }>(`/api/events/${encodeURIComponent(id)}`);
    const place = detail.event.place;
    if (fromFeed && place?.lat != null && place.lon != null) this.map.easeTo({ center: [place.lon, place.lat], zoom: Math.max(this.map.getZoom(), 8) });
    if (!fromFeed) document.querySelector(`#feed button[data-event-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    this.renderEvent(detail.event, detail.sources);
    this.showTab('event');
  }

  private renderEvent(event: EventProps & { place: { name: string; canonical: string | null; precision: string } | null }, sources: Source[]): void {
    const panel = $('event-panel');
    panel.replaceChildren();
    panel.append(el('h2', `${event.type}${event.subtype ? ` (${event.subtype})` : ''} — ${event.place?.canonical ?? event.place?.name ?? 'unplaced'}`));
    panel.append(el('p', `${event.actor.name} (${event.actor.side}) · ${event.date ?? 'undated'} · ${event.modality} · place precision ${event.place?.precision ?? 'none'}`, 'meta'));
    panel.append(el('h3', `${sources.length} source${sources.length === 1 ? '' : 's'}`));
    for (const s of sources) {
      const block = el('div', undefined, 'source');
      const head = el('div', `${s.source ?? 'unknown outlet'} · ${s.published ?? 'publication date unknown'} · report ${s.reportId}`, 'meta');
      block.append(head, el('blockquote', s.quote));
      if (s.url && /^https?:\/\//.test(s.url)) {
        const a = el('a', 'open the report');
        a.href = s.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        block.append(a);
      }
      const full = el('button', 'show full text');
      full.type = 'button';
      full.addEventListener('click', () => void this.showReport(s.reportId, block));
      block.append(document.createTextNode(' '), full);
      panel.append(block);
    }
  }

  private async showReport(reportId: string, into: HTMLElement): Promise<void> {
    const { report } = await getJson<{ report: { text: string; title: string | null } }>(`/api/reports/${encodeURIComponent(reportId)}`);
    const text = el('blockquote', report.text, 'report-text');
    into.append(el('h4', report.title ?? reportId), text);
  }

  private renderAnalysis(a: { pockets: AnalysisItem[]; encirclements: AnalysisItem[] }): void {
    const features: Feature[] = [...a.pockets, ...a.encirclements].flatMap((item) => item.features);
    (this.map.getSource('analysis') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
    const panel = $('analysis-panel');
    panel.replaceChildren(el('h3', `Pockets (${a.pockets.length})`));
    for (const p of a.pockets) panel.append(el('p', p.summary));
    if (!a.pockets.length) panel.append(el('p', 'No pocket on this date.', 'hint'));
    panel.append(el('h3', `Near-encirclements (${a.encirclements.length})`));
    for (const e of a.encirclements) panel.append(el('p', e.summary));
    if (!a.encirclements.length) panel.append(el('p', 'None on this date.', 'hint'));
  }

  private async loadClaims(): Promise<void> {
    const { claims } = await getJson<{ claims: Array<{ report_id: string; kind: string; value: number; unit: string; qualifier: string; quote: string; check?: { verdict: string; computed: number | null; why: string } }> }>('/api/claims');
    const panel = $('claims-panel');
    panel.replaceChildren();
    for (const c of claims) {
      const block = el('div', undefined, 'claim');
      block.append(el('div', `${c.report_id} · ${c.kind}: ${c.qualifier.replace('_', ' ')} ${c.value} ${c.unit}`, 'meta'), el('blockquote', c.quote));
      if (c.check) {
        const computed = c.check.computed === null ? 'cannot be computed' : `map says ${Math.round(c.check.computed).toLocaleString('en')} ${c.unit}`;
        block.append(el('div', `${c.check.verdict.replace('_', ' ')} — ${computed}: ${c.check.why}`, `verdict-${c.check.verdict}`));
      }
      panel.append(block);
    }
    if (!claims.length) panel.append(el('p', 'No numeric claims stored.', 'hint'));
  }

  private buildLegend(): void {
    const legend = $('legend');
    for (const [side, color] of Object.entries(SIDE_COLORS)) {
      const row = el('div');
      const swatch = el('i');
      swatch.style.background = color;
      row.append(swatch, document.createTextNode(side));
      legend.append(row);
    }
    const front = el('div');
    const line = el('i');
    line.style.background = '#7a0000';
    line.style.height = '3px';
    front.append(line, document.createTextNode('front line'));
    legend.append(front);
  }
}

/** One pocket or near-encirclement as the API hands it to the page: map features and a sentence. */
interface AnalysisItem {
  summary: string;
  features: Feature[];
}

async function main(): Promise<void> {
  const app = new App(await getJson<Timeline>('/api/timeline'));
  // Exposed for the browser tests and for analysts' own console work.
  (window as unknown as { frontwatch: App }).frontwatch = app;
  await app.start();
}

void main().catch((e: unknown) => {
  document.body.dataset.error = String(e);
  console.error(e);
});
