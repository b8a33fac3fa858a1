/**
 * The Syria pack's own gazetteer additions: the features reports of the 2017 war talk about that are
 * not towns in the open data (oil and gas fields, bases and airports, hills, dams, crossings, roads,
 * regions), plus a few towns the open data lacks or spells too far from English usage.
 * Facts written by the team (approximate coordinates of the feature's centre; roads at a middle point
 * of the named stretch). `admin1` is filled by point-in-province when left out.
 */
import type { PlaceKind } from '../../model/place.ts';

/** One addition row. */
export interface PackPlaceRow {
  /** Stable id, `fw:` + a slug. */
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  admin1?: string | null;
  population?: number;
}

const row = (id: string, name: string, kind: PlaceKind, lat: number, lon: number, aliases: string[], extra: Partial<PackPlaceRow> = {}): PackPlaceRow =>
  ({ id: `fw:${id}`, name, aliases, kind, lat, lon, ...extra });

/** Oil and gas fields, pumping stations and plants. */
const FIELDS: PackPlaceRow[] = [
  row('arak-gas-field', 'Arak gas field', 'gas_field', 34.679, 38.593, ['Arak', 'Ark', 'Arak oilfield', 'Arak oil field', 'Arak fields', 'حقل آراك']),
  row('al-hayl-gas-field', 'al-Hayl gas field', 'gas_field', 34.708, 38.789, ['al-Hail', 'Hail', 'Hayl', 'al-Hail oil field', 'Hail gas field', 'حقل الهيل']),
  row('al-shaer-gas-field', 'al-Shaer gas field', 'gas_field', 34.81, 37.62, ['Shaer', "al-Sha'er", 'Shair', 'al-Shair', "Sha'ir", 'Shaer gas field', 'حقل الشاعر']),
  row('jazal-oil-field', 'Jazal oil field', 'oil_field', 34.665, 38.005, ['Jazal', 'Jizal', 'Jazl', 'حقل جزل']),
  row('hayan-gas-field', 'Hayan gas field', 'gas_field', 34.74, 37.60, ['Hayan', 'Hayyan', 'Hayan gas plant', 'حقل حيان']),
  row('jihar-gas-field', 'Jihar gas field', 'gas_field', 34.70, 37.80, ['Jihar', 'Jhar', 'Jahar', 'حقل جحار']),
  row('al-mahr-gas-field', 'al-Mahr gas field', 'gas_field', 34.76, 37.95, ['al-Mahr', 'Mahr', 'حقل المهر']),
  row('al-kabir-oil-field', 'al-Kabir oil field', 'oil_field', 35.47, 38.95, ['al-Kabir', 'Kabir']),
  row('dubaysan-oil-field', 'Dubaysan oil field', 'oil_field', 35.534, 38.869, ['Dubaysan', 'Dbaysan', 'Debaysan', 'Dubeisan', 'al-Dubaysan', 'حقل دبيسان']),
  row('abu-qatash-oil-field', 'Abu Qatash oil field', 'oil_field', 35.610, 38.806, ['Abu Qatash', 'Abu Qattash', 'Bir Abu Qatash']),
  row('zamla-gas-field', 'Zamla gas field', 'gas_field', 35.480, 38.885, ['Zamla', 'Zamlah', 'al-Zamla', 'Bir az Zamlah']),
  row('al-qusayr-oil-field', 'al-Qusayr oil field', 'oil_field', 35.571, 38.752, ['al-Qusayr', 'Qusayr', 'al-Qseer', 'Abar al Qusayr']),
  row('wahab-oil-field', 'Wahab oil field', 'oil_field', 35.503, 38.437, ['Wahab', 'al-Wahab']),
  row('al-fahd-oil-field', 'al-Fahd oil field', 'oil_field', 35.47, 38.52, ['al-Fahd', 'Fahd']),
  row('al-dilla-oil-field', 'al-Dilla oil field', 'oil_field', 35.43, 38.60, ['al-Dilla', 'Dilla', 'al-Daylaa', 'Daylaa']),
  row('abu-al-qatat-oil-field', 'Abu al-Qatat oil field', 'oil_field', 35.51, 38.38, ['Abu al-Qatat', 'Abu Qatat']),
  row('al-thawra-oil-field', 'al-Thawra oil field', 'oil_field', 35.73, 38.50, ['al-Thawra', 'Thawra', 'al-Thawrah']),
  row('al-omar-oil-field', 'al-Omar oil field', 'oil_field', 35.00, 40.56, ['al-Omar', 'Omar', 'al-Umar', 'Omar oilfield', 'حقل العمر']),
  row('conoco-gas-field', 'Conoco gas field', 'gas_field', 35.334, 40.306, ['Conoco', 'Conoco gas plant', 'Conoco plant', 'Koniko', 'حقل كونيكو']),
  row('al-tanak-oil-field', 'al-Tanak oil field', 'oil_field', 34.94, 40.69, ['al-Tanak', 'Tanak', 'Tanaq', 'حقل التنك']),
  row('jafra-oil-field', 'al-Jafra oil field', 'oil_field', 35.30, 40.24, ['Jafra', 'al-Jafra', 'Jafrah']),
  row('al-ward-oil-field', 'al-Ward oil field', 'oil_field', 34.79, 40.78, ['al-Ward', 'Ward']),
  row('al-taym-oil-field', 'al-Taym oil field', 'oil_field', 35.209, 40.097, ['al-Taym', 'Taym', 'Teym', 'Tayyem', 'al-Tayyem', 'حقل التيم']),
  row('kharata-oil-field', 'Kharata oil field', 'oil_field', 35.36, 39.95, ['Kharata', 'al-Kharata', 'Kharrata']),
  row('al-jbeissa-oil-field', 'al-Jbeissa oil field', 'oil_field', 36.05, 40.90, ['Jbeissa', 'al-Jbeissa', 'Jbissa', 'al-Jabsa']),
  row('rmeilan-oil-fields', 'Rmeilan oil fields', 'oil_field', 36.88, 41.98, ['Rmeilan', 'Rumeilan', 'Rmelan', 'Rumaylan']),
  row('t2-pumping-station', 'T2 pumping station', 'station', 34.42, 40.55, ['T2', 'T-2', 'T2 station']),
  row('t3-pumping-station', 'T3 pumping station', 'station', 34.530, 38.746, ['T3', 'T-3', 'T3 station', 'Power Plant 3']),
];

/** Military bases and airports. */
const BASES: PackPlaceRow[] = [
  row('t4-airbase', 'Tiyas airbase', 'base', 34.522, 37.630, ['T4', 'T-4', 'T4 airbase', 'Tiyas', 'Tayfur', 'Tiyas military airport', 'مطار التيفور']),
  row('tabqa-airbase', 'Tabqa airbase', 'base', 35.754, 38.567, ['Tabqa airport', 'Tabqa military airport', 'al-Tabqa airbase', 'مطار الطبقة']),
  row('deir-ez-zor-airport', 'Deir ez-Zor airport', 'airport', 35.285, 40.176, ['Deir ez-Zor airbase', 'Deir ez-Zor military airport', 'Deir Ezzor airport', 'Deir al-Zour military airport', 'مطار دير الزور']),
  row('kuweires-airbase', 'Kuweires airbase', 'base', 36.187, 37.583, ['Kuweires', 'Kweiris', 'Kuwayris airbase', 'Kuweiris military airport', 'مطار كويرس']),
  row('shayrat-airbase', 'Shayrat airbase', 'base', 34.490, 36.909, ['Shayrat', 'al-Shayrat', 'Shairat', 'Shayrat airfield', 'مطار الشعيرات']),
  row('palmyra-airport', 'Palmyra airport', 'airport', 34.557, 38.317, ['Palmyra airbase', 'Tadmur airport', 'Palmyra military airport', 'مطار تدمر']),
  row('hama-airbase', 'Hama airbase', 'base', 35.118, 36.711, ['Hama military airport', 'Hama airport']),
  row('abu-al-duhur-airbase', 'Abu al-Duhur airbase', 'base', 35.732, 37.104, ['Abu al-Duhur', 'Abu Dhuhur', 'Abu al-Zuhur', 'Abu Duhur airport']),
  row('jirah-airbase', 'Jirah airbase', 'base', 36.097, 37.936, ['Jirah', 'al-Jarrah', 'Jarrah airport']),
  row('mennagh-airbase', 'Menagh airbase', 'base', 36.521, 37.041, ['Menagh', 'Mennagh', 'Minakh']),
  row('aleppo-airport', 'Aleppo international airport', 'airport', 36.181, 37.224, ['Aleppo airport', 'Nayrab airbase', 'Nairab']),
  row('damascus-airport', 'Damascus international airport', 'airport', 33.411, 36.514, ['Damascus airport']),
  row('mezzeh-airbase', 'Mezzeh airbase', 'base', 33.477, 36.223, ['Mezzeh military airport', 'Mazzeh airport']),
  row('dumayr-airbase', 'Dumayr airbase', 'base', 33.610, 36.749, ['Dumayr military airport', 'Dmeir airport', 'Dumeir airbase']),
  row('sayqal-airbase', 'Sayqal airbase', 'base', 33.682, 37.209, ['Sayqal', 'Seeqal', 'al-Seen airbase']),
  row('khalkhalah-airbase', 'Khalkhalah airbase', 'base', 33.063, 36.552, ['Khalkhalah', 'Khalkhala']),
  row('hmeimim-airbase', 'Hmeimim airbase', 'base', 35.401, 35.949, ['Hmeimim', 'Khmeimim', 'Humaymim', 'Bassel al-Assad airport']),
  row('qamishli-airport', 'Qamishli airport', 'airport', 37.021, 41.191, ['Qamishli airbase']),
  row('brigade-137', 'Brigade 137 base', 'base', 35.30, 40.11, ['Brigade 137', 'Regiment 137', 'Liwa 137', 'Camp 137']),
  row('division-17', 'Division 17 base', 'base', 36.01, 39.02, ['Division 17', '17th Division', 'Firqa 17']),
  row('armored-vehicles-base-harasta', 'Armored Vehicles Base, Harasta', 'base', 33.548, 36.374, ['Armored Vehicles Base', 'Armoured Vehicles Base', 'Harasta Armored Vehicles Base', 'Harasta Armoured Vehicles Base', 'Armored Vehicles Administration', 'Idarat al-Markabat', 'إدارة المركبات']),
];

/** Hills, mountains and ranges. */
const HILLS: PackPlaceRow[] = [
  row('jabal-bishri', 'Jabal Bishri', 'mountain', 35.30, 39.35, ['Bishri', 'Bishri mountains', 'Jebel Bishri', 'Bushra mountains', 'Jabal al-Bishri', 'جبل البشري']),
  row('jabal-al-shaer', 'Jabal al-Shaer', 'mountain', 34.85, 37.65, ['Shaer mountains', 'Jebel Shaer', 'Shaer mountain', 'جبل الشاعر']),
  row('jabal-thardah', 'Jabal Thardah', 'hill', 35.25, 40.13, ['Thardah', 'Tharda', 'Thardeh', 'Jebel Tharda', 'Thardah mountain', 'جبل الثردة']),
  row('jabal-al-amour', 'Jabal al-Amour', 'mountain', 34.59, 38.24, ['al-Amour', 'Jabal Amour', 'Jebel Amour']),
  row('jabal-abu-rujmayn', 'Jabal Abu Rujmayn', 'mountain', 34.78, 38.13, ['Abu Rujmayn', 'Abu Rajmayn', 'Jebel Abu Rujmeen']),
  row('jabal-al-bilas', 'Jabal al-Bilas', 'mountain', 35.00, 38.25, ['Bilas', 'al-Bilas', 'Bilas mountains']),
  row('jabal-qasioun', 'Jabal Qasioun', 'mountain', 33.535, 36.27, ['Qasioun', 'Mount Qasioun', 'Qassioun']),
  row('jabal-al-sheikh', 'Mount Hermon', 'mountain', 33.41, 35.86, ['Jabal al-Sheikh', 'Hermon', 'Jebel al-Sheikh', 'جبل الشيخ']),
  row('jabal-al-arbaeen', 'Jabal al-Arbaeen', 'mountain', 35.81, 36.65, ['al-Arbaeen', 'Arbain mountain']),
  row('jabal-al-zawiya', 'Jabal al-Zawiya', 'mountain', 35.65, 36.55, ['Jabal Zawiya', 'Jebel al-Zawiya', 'Zawiya mountain']),
  row('jabal-al-akrad', 'Jabal al-Akrad', 'mountain', 35.73, 36.13, ['Kurd mountains', 'Jebel Akrad']),
  row('jabal-al-turkman', 'Jabal al-Turkman', 'mountain', 35.83, 36.02, ['Turkmen mountains', 'Jabal Turkman']),
  row('jabal-al-arab', 'Jabal al-Arab', 'mountain', 32.70, 36.70, ['Jabal al-Druze', 'Jebel Druze', 'Druze mountain']),
  row('jabal-al-hass', 'Jabal al-Hass', 'mountain', 35.98, 37.55, ['Jabal Hass', 'al-Hass mountains']),
  row('jabal-abd-al-aziz', 'Jabal Abd al-Aziz', 'mountain', 36.45, 40.40, ['Abdulaziz mountain', 'Jebel Abdulaziz']),
];

/** Dams, lakes, crossings and border points. */
const WATER_AND_BORDERS: PackPlaceRow[] = [
  row('tabqa-dam', 'Tabqa dam', 'dam', 35.870, 38.567, ['Euphrates dam', 'al-Thawra dam', 'Thawra dam', 'Tabqa Dam', 'سد الفرات']),
  row('baath-dam', 'Baath dam', 'dam', 35.857, 38.720, ['al-Baath dam', "Ba'ath dam", 'سد البعث']),
  row('tishrin-dam', 'Tishrin dam', 'dam', 36.380, 38.183, ['Tishreen dam', 'سد تشرين']),
  row('lake-assad', 'Lake Assad', 'region', 35.98, 38.30, ['Assad lake', 'Buhayrat al-Assad']),
  row('al-tanf-crossing', 'al-Tanf crossing', 'crossing', 33.49, 38.66, ['al-Tanf', 'Tanf', 'al-Tanf border crossing', 'Tanf base', 'التنف']),
  row('albu-kamal-qaim-crossing', 'Albu Kamal–al-Qaim crossing', 'crossing', 34.45, 40.94, ['Qaim crossing', 'al-Qaim crossing', 'Albu Kamal crossing', 'Bukamal crossing']),
  row('nasib-crossing', 'Nasib crossing', 'crossing', 32.548, 36.207, ['Nasib', 'Nassib crossing', 'Jaber crossing']),
  row('bab-al-hawa-crossing', 'Bab al-Hawa crossing', 'crossing', 36.231, 36.671, ['Bab al-Hawa']),
  row('bab-al-salama-crossing', 'Bab al-Salama crossing', 'crossing', 36.646, 37.070, ['Bab al-Salama', 'Bab al-Salameh', 'Bab as-Salam']),
  row('jarabulus-crossing', 'Jarabulus crossing', 'crossing', 36.825, 38.010, ['Jarablus crossing']),
  row('semalka-crossing', 'Semalka crossing', 'crossing', 37.13, 42.34, ['Semalka', 'Fishkhabour crossing', 'Faysh Khabur crossing']),
  row('yarubiyah-crossing', 'Yarubiyah crossing', 'crossing', 36.81, 42.07, ['Yarubiyah', 'al-Yarubiyah', 'Rabia crossing', 'Tal Kocher']),
  row('jdeidet-yabous-crossing', 'Jdeidet Yabous crossing', 'crossing', 33.63, 36.08, ['Jdeidet Yabous', 'Masnaa crossing']),
  row('syria-iraq-border', 'Syria–Iraq border', 'region', 34.45, 40.95, ['Iraqi border', 'Syrian-Iraqi border', 'Syria-Iraq border', 'border with Iraq']),
  row('syria-jordan-border', 'Syria–Jordan border', 'region', 32.55, 36.50, ['Jordanian border', 'Syrian-Jordanian border', 'border with Jordan']),
  row('syria-turkey-border', 'Syria–Turkey border', 'region', 36.75, 38.50, ['Turkish border', 'Syrian-Turkish border', 'border with Turkey']),
  row('syria-lebanon-border', 'Syria–Lebanon border', 'region', 34.48, 36.50, ['Lebanese border', 'Syrian-Lebanese border', 'border with Lebanon']),
];

/** Roads: the point is a middle point of the named stretch. */
const ROADS: PackPlaceRow[] = [
  row('salamiyah-khanasser-road', 'Salamiyah–Ithriya–Khanasser road', 'road', 35.37, 37.33, ['Salamiyah-Khanasser road', 'Ithriya-Khanasser road', 'Khanasser road', 'Khanasser-Ithriya road', 'Salamiyah-Ithriya road', 'Aleppo supply road']),
  row('ithriya-raqqa-road', 'Ithriya–Raqqa road', 'road', 35.60, 38.00, ['Ithriya-Tabqa road', 'Salamiyah-Raqqa road', 'Ithriya-Resafa road']),
  row('homs-palmyra-road', 'Homs–Palmyra road', 'road', 34.62, 37.60, ['Homs-Palmyra highway', 'Palmyra-Homs road']),
  row('palmyra-deir-ez-zor-highway', 'Palmyra–Deir ez-Zor highway', 'road', 35.00, 39.45, ['Palmyra-Deir ez-Zor road', 'Sukhnah-Deir ez-Zor road', 'Deir ez-Zor-Palmyra highway']),
  row('deir-ez-zor-mayadin-road', 'Deir ez-Zor–Mayadin road', 'road', 35.18, 40.30, ['Deir ez-Zor-Mayadin highway', 'Mayadin road']),
  row('damascus-baghdad-highway', 'Damascus–Baghdad highway', 'road', 33.60, 37.90, ['Damascus-Baghdad road', 'Baghdad highway']),
  row('m4-highway', 'M4 highway', 'road', 35.86, 36.80, ['M4', 'M-4', 'Aleppo-Latakia highway']),
  row('m5-highway', 'M5 highway', 'road', 35.44, 36.65, ['M5', 'M-5', 'Damascus-Aleppo highway', 'international highway']),
  row('homs-salamiyah-road', 'Homs–Salamiyah road', 'road', 34.90, 36.90, ['Salamiyah-Homs road']),
];

/** Regions and named areas. */
const REGIONS: PackPlaceRow[] = [
  row('syrian-desert', 'Syrian Desert', 'region', 34.60, 38.60, ['Badiya', 'Badiyeh', 'Badia', 'Syrian Badia', 'Syrian Badiya', 'al-Badiya', 'central Syrian desert', 'البادية']),
  row('eastern-ghouta', 'Eastern Ghouta', 'region', 33.55, 36.40, ['East Ghouta', 'Ghouta', 'al-Ghouta al-Sharqiya', 'Eastern Ghouta enclave', 'الغوطة الشرقية']),
  row('western-ghouta', 'Western Ghouta', 'region', 33.45, 36.15, ['West Ghouta']),
  row('qalamoun', 'Qalamoun', 'region', 33.90, 36.60, ['Qalamoun mountains', 'Western Qalamoun', 'Qalamun', 'القلمون']),
  row('eastern-qalamoun', 'Eastern Qalamoun', 'region', 33.75, 36.95, ['East Qalamoun']),
  row('euphrates-valley', 'Euphrates valley', 'region', 35.00, 40.45, ['Euphrates River valley', 'Middle Euphrates valley']),
  row('euphrates-river', 'Euphrates River', 'region', 35.30, 40.15, ['Euphrates', 'the Euphrates', 'al-Furat', 'نهر الفرات']),
  row('uqayribat-pocket', 'Uqayribat pocket', 'region', 35.04, 37.46, ['central Syria pocket', 'Hama pocket', 'Aqayrabat pocket', 'Uqayrbat pocket']),
  row('hawijat-saqr', 'Hawijat Saqr', 'region', 35.345, 40.165, ['Huwaijah Saker', 'Hawijat Saker', 'Saqr island', 'Huwaijat Saqr']),
  row('al-ghab-plain', 'al-Ghab plain', 'region', 35.65, 36.35, ['al-Ghab', 'Ghab', 'Sahl al-Ghab']),
  row('wadi-barada', 'Wadi Barada', 'region', 33.63, 36.18, ['Barada valley']),
  row('al-lajat', 'al-Lajat', 'region', 33.05, 36.40, ['Lajat', 'Lajjat', 'Leja']),
  row('qasr-al-hayr-al-sharqi', 'Qasr al-Hayr al-Sharqi', 'region', 35.072, 39.071, ['Qasr al-Hayr', 'Qasr al-Hair al-Sharqi', 'Qasr al-Heer', 'قصر الحير الشرقي']),
  row('qasr-al-hayr-al-gharbi', 'Qasr al-Hayr al-Gharbi', 'region', 34.383, 37.600, ['Qasr al-Hair al-Gharbi', 'قصر الحير الغربي']),
  row('palmyra-citadel', 'Palmyra citadel', 'hill', 34.563, 38.256, ['Palmyra castle', 'Tadmur castle', 'Fakhr al-Din castle', 'قلعة تدمر']),
  row('palmyra-ruins', 'Palmyra ancient city', 'region', 34.551, 38.268, ['ancient Palmyra', 'Palmyra ruins', 'Palmyra archaeological site']),
  row('northern-homs-pocket', 'northern Homs pocket', 'region', 34.90, 36.73, ['Rastan pocket', 'Houla pocket', 'northern Homs countryside']),
  row('syria', 'Syria', 'country', 35.0, 38.5, ['Syrian Arab Republic', 'سوريا', 'سورية'], { admin1: null }),
];

/** Towns the open data lacks or spells too differently from English reports. */
const TOWNS: PackPlaceRow[] = [
  row('ithriya', 'Ithriya', 'village', 35.366, 37.333, ['Athriya', 'Ithriyah', 'Itriya', 'أثريا']),
  row('al-rusafa', 'al-Rusafa', 'town', 35.630, 38.758, ['Resafa', 'Rusafa', 'al-Resafa', 'al-Rasafeh', 'Ar Rusafah', 'Sergiopolis', 'الرصافة'], { admin1: 'Ar Raqqah' }),
  row('jobar', 'Jobar', 'neighbourhood', 33.526, 36.335, ['Jawbar', 'Joubar', 'جوبر'], { admin1: 'Damascus' }),
  row('daraa-al-balad', 'Daraa al-Balad', 'neighbourhood', 32.612, 36.101, ["Dar'a al Balad", 'Daraa al-Balad', 'درعا البلد']),
  row('daraa-camp', 'Daraa camp', 'neighbourhood', 32.617, 36.108, ["Dar'a camp", 'Daraa refugee camp', 'مخيم درعا']),
  row('qaboun', 'Qaboun', 'neighbourhood', 33.543, 36.332, ['Qabun', 'al-Qaboun', 'Qaboon', 'القابون'], { admin1: 'Damascus' }),
  row('barzeh', 'Barzeh', 'neighbourhood', 33.553, 36.316, ['Barza', 'Barzah', 'برزة'], { admin1: 'Damascus' }),
  row('tishreen-damascus', 'Tishreen', 'neighbourhood', 33.545, 36.325, ['Tishrin district'], { admin1: 'Damascus' }),
  row('tadamon', 'Tadamon', 'neighbourhood', 33.478, 36.303, ['al-Tadamon', 'Tadamun', 'التضامن'], { admin1: 'Damascus' }),
  row('yarmouk-camp', 'Yarmouk camp', 'neighbourhood', 33.470, 36.300, ['Yarmouk', 'al-Yarmouk', 'Yarmuk camp', 'مخيم اليرموك'], { admin1: 'Damascus' }),
  row('hamdan-airport', 'Hamdan airport', 'airport', 34.48, 40.88, ['Hamdan airfield', 'Hamdan airbase']),
  row('kabajeb', 'Kabajeb', 'village', 35.12, 39.66, ['Kabakib', 'Kabajib', 'Kabajab', 'كباجب']),
];

/**
 * Quarters and landmarks of the cities fought over in 2017 (Raqqa, Deir ez-Zor, Daraa), with the
 * Kurdish spellings SDF outlets use. Points are approximate (within a couple of km): the quarter's
 * side of the city. Roundabouts are `crossing`s (a "crossing" in translated reports).
 */
const CITY_QUARTERS: PackPlaceRow[] = [
  // Raqqa: the Euphrates on its south side, the walled old city (al-Rafiqa) east of the centre.
  row('raqqa-old-city', 'Raqqa old city', 'neighbourhood', 35.948, 39.022, ['old city of Raqqa', 'al-Rafiqa', 'Rafiqa', 'Raqqa old town'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-mishlab', 'al-Mishlab', 'neighbourhood', 35.945, 39.045, ['Mishlab', 'al-Meshleb', 'Meshleb', 'Mişleb', 'حي المشلب'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-sinaa', 'al-Sinaa (Raqqa)', 'neighbourhood', 35.955, 39.038, ['Sinaa', "al-Sina'a", 'Senaa', 'industrial district of Raqqa', 'Raqqa industrial zone'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-sakhani', 'al-Sakhani', 'neighbourhood', 35.952, 39.030, ['Sakhani', 'Sexanî', 'al-Sukhani'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-badu', 'al-Badu', 'neighbourhood', 35.950, 39.013, ['Badu', 'Bedû', 'al-Badou', 'Hay al-Badu', 'حي البدو'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-thakana', 'al-Thakana', 'neighbourhood', 35.953, 39.004, ['Thakana', 'al-Thakanah', 'al-Saknah'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-nahda', 'al-Nahda (Raqqa)', 'neighbourhood', 35.960, 39.016, ['al-Nahdah', 'Nahda'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-andalus', 'al-Andalus (Raqqa)', 'neighbourhood', 35.966, 39.006, ['Andalus', 'al-Andalous', 'Endelus'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-rumaniyah', 'al-Rumaniyah', 'neighbourhood', 35.955, 38.985, ['Rumaniyah', 'al-Romaniya', 'Romaniya', 'Rumaniye'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-sabahiyah', 'al-Sabahiyah', 'neighbourhood', 35.951, 38.975, ['Sabahiyah', 'al-Sabahiya', 'Sebahiye'], { admin1: 'Ar Raqqah' }),
  row('raqqa-hisham-bin-abdul-malik', 'Hisham bin Abdul Malik', 'neighbourhood', 35.946, 38.993, ['Hisham Ibn Abdul Malik', 'Hisham ibn Abd al-Malik'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-qadisiyah', 'al-Qadisiyah (Raqqa)', 'neighbourhood', 35.961, 38.990, ['Qadisiyah', 'al-Qadisiya', 'Qadisiye'], { admin1: 'Ar Raqqah' }),
  row('raqqa-nazlat-shahada', 'Nazlat Shahada', 'neighbourhood', 35.941, 39.002, ['Nazlat Shehada', 'Nezlet Şehade'], { admin1: 'Ar Raqqah' }),
  row('raqqa-clock-tower', 'Raqqa clock tower', 'neighbourhood', 35.951, 39.012, ['Raqqa clock square', 'al-Saa roundabout', 'Dawwar al-Saa'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-naim-roundabout', 'al-Naim roundabout', 'crossing', 35.952, 39.010, ['Naim roundabout', 'Naim square', 'al-Naim square', 'Dawwar al-Naim', 'دوار النعيم'], { admin1: 'Ar Raqqah' }),
  row('raqqa-national-hospital', 'al-Watani hospital (Raqqa)', 'neighbourhood', 35.954, 38.999, ['al-Watani Hospital', 'Raqqa National Hospital', 'National Hospital of Raqqa'], { admin1: 'Ar Raqqah' }),
  row('raqqa-stadium', 'Raqqa municipal stadium', 'neighbourhood', 35.958, 39.014, ['Black Stadium', 'Raqqa stadium', 'Raqqa sports stadium'], { admin1: 'Ar Raqqah' }),
  row('raqqa-al-kasrat', 'al-Kasrat', 'region', 35.912, 39.005, ['Kasrat', 'Kasrat villages'], { admin1: 'Ar Raqqah' }),
  // Deir ez-Zor: on the south-west bank of the Euphrates; the airport and Harabesh to the south-east.
  row('deir-al-jura', 'al-Jura', 'neighbourhood', 35.338, 40.115, ['Jura', 'al-Joura', 'Joura', 'حي الجورة'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-qusur', 'al-Qusur (Deir ez-Zor)', 'neighbourhood', 35.345, 40.125, ['al-Qusour', 'Qusour', 'al-Qoussour', 'حي القصور'], { admin1: 'Deir ez-Zor' }),
  row('deir-harabesh', 'Harabesh', 'neighbourhood', 35.318, 40.170, ['al-Harabesh', 'Harabish', 'Hrabesh', 'حي الحرابش'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-huwayqa', 'al-Huwayqa', 'neighbourhood', 35.343, 40.158, ['Huwayqa', 'al-Huweiqa', 'Huwaiqah', 'al-Hweiqa', 'حي الحويقة'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-rashidiya', 'al-Rashidiya (Deir ez-Zor)', 'neighbourhood', 35.341, 40.145, ['al-Rashdiya', 'Rashdiyeh', 'al-Rashidiyah', 'حي الرشدية'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-hamidiya', 'al-Hamidiya (Deir ez-Zor)', 'neighbourhood', 35.337, 40.151, ['al-Hamidiyah', 'Hamidiyeh', 'حي الحميدية'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-jubayla', 'al-Jubayla (Deir ez-Zor)', 'neighbourhood', 35.332, 40.160, ['al-Jubaylah', 'al-Jebeliyeh', 'Jbeileh', 'حي الجبيلة'], { admin1: 'Deir ez-Zor' }),
  row('deir-sheikh-yasin', 'Sheikh Yasin', 'neighbourhood', 35.338, 40.147, ['Sheikh Yassin', 'al-Sheikh Yasin', 'حي الشيخ ياسين'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-kanamat', 'al-Kanamat', 'neighbourhood', 35.341, 40.137, ['Kanamat', 'al-Kanamat quarter', 'حي الكنامات'], { admin1: 'Deir ez-Zor' }),
  row('deir-al-ummal', 'al-Ummal (Deir ez-Zor)', 'neighbourhood', 35.329, 40.150, ['al-Omal', "al-'Ummal", 'Workers quarter', 'حي العمال'], { admin1: 'Deir ez-Zor' }),
  row('deir-panorama-roundabout', 'Panorama roundabout (Deir ez-Zor)', 'crossing', 35.316, 40.113, ['Panorama roundabout', 'Panorama square', 'دوار البانوراما'], { admin1: 'Deir ez-Zor' }),
  // Daraa: al-Balad (the old town, south) and al-Mahatta (the station quarter, north).
  row('daraa-al-manshiyah', 'al-Manshiyah (Daraa)', 'neighbourhood', 32.614, 36.097, ['Manshiyah', 'al-Manshiya', 'Manshiyeh', 'حي المنشية'], { admin1: 'Daraa' }),
  row('daraa-al-sijneh', 'al-Sijneh (Daraa)', 'neighbourhood', 32.616, 36.103, ['Sijneh', 'al-Sijna', 'حي السجنة'], { admin1: 'Daraa' }),
  row('daraa-al-mahatta', 'Daraa al-Mahatta', 'neighbourhood', 32.627, 36.108, ['Daraa al-Mahata', 'Daraa station'], { admin1: 'Daraa' }),
];

/** Places across the border that Syria reports name (no Syrian province). */
const ACROSS_THE_BORDER: PackPlaceRow[] = [
  row('mosul', 'Mosul', 'city', 36.34, 43.13, ['al-Mosul', 'Mawsil', 'الموصل'], { admin1: null }),
  row('al-qaim', 'al-Qaim', 'town', 34.37, 41.09, ['Qaim', 'Husaybah', 'القائم'], { admin1: null }),
  row('rutba', 'Rutba', 'town', 33.04, 40.28, ['al-Rutba', 'Rutbah'], { admin1: null }),
  row('tal-afar', 'Tal Afar', 'town', 36.38, 42.45, ['Tal Afar', 'Tall Afar', 'Tel Afar'], { admin1: null }),
  row('baghdad', 'Baghdad', 'city', 33.31, 44.36, ['بغداد'], { admin1: null }),
  row('arsal', 'Arsal', 'town', 34.18, 36.42, ['Ersal', 'Arsal outskirts', 'عرسال'], { admin1: null }),
  row('ras-baalbek', 'Ras Baalbek', 'town', 34.26, 36.42, ['Ras Baalbeck'], { admin1: null }),
  row('al-qaa', 'al-Qaa', 'town', 34.34, 36.47, ['Qaa', 'al-Qaa'], { admin1: null }),
  row('hermel', 'Hermel', 'town', 34.39, 36.38, ['al-Hermel'], { admin1: null }),
  row('beirut', 'Beirut', 'city', 33.89, 35.50, ['بيروت'], { admin1: null }),
  row('amman', 'Amman', 'city', 31.95, 35.93, ['عمان'], { admin1: null }),
  row('kilis', 'Kilis', 'town', 36.72, 37.12, [], { admin1: null }),
  row('gaziantep', 'Gaziantep', 'city', 37.07, 37.38, ['Antep'], { admin1: null }),
  row('reyhanli', 'Reyhanli', 'town', 36.27, 36.57, ['Reyhanlı'], { admin1: null }),
  row('akcakale', 'Akcakale', 'town', 36.71, 38.95, ['Akçakale'], { admin1: null }),
  row('ceylanpinar', 'Ceylanpinar', 'town', 36.85, 40.05, ['Ceylanpınar'], { admin1: null }),
];

/** Every addition of the Syria pack. */
export const SYRIA_PACK_PLACES: readonly PackPlaceRow[] = [...FIELDS, ...BASES, ...HILLS, ...WATER_AND_BORDERS, ...ROADS, ...REGIONS, ...TOWNS, ...CITY_QUARTERS, ...ACROSS_THE_BORDER];
