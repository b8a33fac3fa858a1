/**
 * The fourteen Syrian governorates with one English name each and the codes the open data sets use
 * for them, so that every layer of the gazetteer says the same `admin1`.
 * Facts written by the team; the build script adds the aliases the sources carry.
 */

/** One governorate row. */
export interface ProvinceRow {
  /** The one English form every `admin1` uses. */
  name: string;
  /** ISO 3166-2 code (Natural Earth, OpenSyria, WOF shortcode). */
  iso: string;
  /** GeoNames admin1 code (column 11 of a `geoname` row for SY). */
  geonamesAdmin1: string;
  /** Spellings seen in English reports and in the sources. */
  aliases: string[];
}

export const SYRIA_PROVINCES: readonly ProvinceRow[] = [
  { name: 'Al Hasakah', iso: 'SY-HA', geonamesAdmin1: '01', aliases: ['Hasakah', 'Hasaka', 'Hasakeh', 'Al-Hasakah', 'al-Hasaka', 'Hassakeh', 'Haseke', 'Jazira', 'الحسكة'] },
  { name: 'Latakia', iso: 'SY-LA', geonamesAdmin1: '02', aliases: ['Lattakia', 'Lattakieh', 'Al Ladhiqiyah', 'Ladhiqiyah', 'اللاذقية'] },
  { name: 'Quneitra', iso: 'SY-QU', geonamesAdmin1: '03', aliases: ['Al Qunaytirah', 'Qunaytirah', 'Kuneitra', 'al-Quneitra', 'القنيطرة'] },
  { name: 'Ar Raqqah', iso: 'SY-RA', geonamesAdmin1: '04', aliases: ['Raqqa', 'Raqqah', 'al-Raqqa', 'al-Raqqah', 'Rakka', 'Al-Rakka', 'الرقة'] },
  { name: 'As Suwayda', iso: 'SY-SU', geonamesAdmin1: '05', aliases: ['Suwayda', 'Sweida', 'Suwaida', 'Suweida', 'al-Suwayda', 'Sweidaa', 'السويداء'] },
  { name: 'Daraa', iso: 'SY-DR', geonamesAdmin1: '06', aliases: ["Dar'a", 'Deraa', 'Daraa', 'Dara', 'Hauran', 'درعا'] },
  { name: 'Deir ez-Zor', iso: 'SY-DY', geonamesAdmin1: '07', aliases: ['Deir Ezzor', 'Deir Ezzur', 'Dayr az Zawr', 'Deir al-Zour', 'Deir al-Zor', 'Deir Zor', 'Deir el-Zour', 'Der Ezzor', 'دير الزور'] },
  { name: 'Rif Dimashq', iso: 'SY-RD', geonamesAdmin1: '08', aliases: ['Rural Damascus', 'Damascus countryside', 'Reef Dimashq', 'Rif Damascus', 'Damascus Suburbs', 'ريف دمشق'] },
  { name: 'Aleppo', iso: 'SY-HL', geonamesAdmin1: '09', aliases: ['Halab', 'Alep', 'حلب'] },
  { name: 'Hama', iso: 'SY-HM', geonamesAdmin1: '10', aliases: ['Hamah', 'Hamaa', 'حماة'] },
  { name: 'Homs', iso: 'SY-HI', geonamesAdmin1: '11', aliases: ['Hims', 'Hums', 'حمص'] },
  { name: 'Idlib', iso: 'SY-ID', geonamesAdmin1: '12', aliases: ['Idleb', 'Edlib', 'Adlib', 'إدلب'] },
  { name: 'Damascus', iso: 'SY-DI', geonamesAdmin1: '13', aliases: ['Dimashq', 'Damascus city', 'دمشق'] },
  { name: 'Tartus', iso: 'SY-TA', geonamesAdmin1: '14', aliases: ['Tartous', 'Tartousse', 'Tartos', 'طرطوس'] },
];

/** Canonical province name for an ISO 3166-2 code (`SY-HM` → `Hama`), or null. */
export function provinceByIso(iso: string): ProvinceRow | null {
  return SYRIA_PROVINCES.find((p) => p.iso === iso) ?? null;
}

/** Canonical province name for a GeoNames admin1 code (`10` → `Hama`), or null. */
export function provinceByGeonamesCode(code: string): ProvinceRow | null {
  return SYRIA_PROVINCES.find((p) => p.geonamesAdmin1 === code) ?? null;
}
