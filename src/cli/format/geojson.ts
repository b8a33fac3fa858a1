import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EventRecord } from '../../model/index.ts';

/** Events with coordinates as a FeatureCollection of points; events without coordinates are counted in `skipped`. */
export function eventsToGeoJSON(events: Array<EventRecord & { id?: string }>): FeatureCollection<Point> & { skipped: number } {
  const features: Feature<Point>[] = [];
  let skipped = 0;
  for (const e of events) {
    if (e.place?.lat == null || e.place.lon == null) {
      skipped++;
      continue;
    }
    const { place, ...rest } = e;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon!, place.lat!] },
      properties: { ...rest, place_name: place.name, place_canonical: place.canonical, place_precision: place.precision, admin1: place.admin1, gazetteer_id: place.gazetteer_id },
    });
  }
  return { type: 'FeatureCollection', features, skipped };
}
