import type { ActorEntry, ActorModifier } from '../pack.ts';

/**
 * The Syria 2017 actor lexicon: each armed actor with its side (DESIGN.md, "Sides") and the
 * spellings reports use. Aliases in capitals of up to five letters (IS, SAA, HTS) match
 * case-sensitively so that the verb "is" is never read as the Islamic State.
 * Order does not matter: matching prefers the longest alias.
 */
export const SYRIA_ACTORS: readonly ActorEntry[] = [
  // --- government and allies ---
  {
    name: 'Syrian army', side: 'government', reason: 'the state army and its common descriptions',
    aliases: ['Syrian army', 'Syrian Arab Army', 'SAA', 'Syrian troops', 'Syrian forces', 'Syrian military', 'Syrian government forces',
      'Syrian regime forces', 'Syrian soldiers', 'government forces', 'government troops', 'pro-government forces', 'pro-regime forces',
      'regime forces', 'regime troops', 'regime', 'Assad regime', 'Assad forces', 'pro-Assad forces', 'pro-Assad militias',
      'loyalist forces', 'loyalists', 'Syrian government', 'army units', 'army troops', 'Syrian Army units',
      'Republican Guard', 'Desert Hawks', '5th Corps', 'Fifth Corps', 'Fifth Legion', '4th Division', 'Fourth Division'],
  },
  { name: 'Tiger Forces', side: 'government', aliases: ['Tiger Forces', 'Tiger Force', 'Qawat al-Nimr', 'Tigers'] },
  { name: 'NDF', side: 'government', aliases: ['NDF', 'National Defense Forces', 'National Defence Forces'] },
  { name: 'Hezbollah', side: 'government', aliases: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Lebanese Hezbollah'] },
  { name: 'Russian forces', side: 'government', aliases: ['Russian forces', 'Russian military', 'Russian troops', 'Russian army', 'Russian air force', 'Russian Aerospace Forces', 'Russian special forces', 'Russia'] },
  { name: 'Iranian forces', side: 'government', aliases: ['Iranian forces', 'IRGC', 'Revolutionary Guards', 'Iranian-backed militias', 'Iran-backed militias', 'Iranian advisers', 'Iran'] },
  { name: 'al-Quds Brigade', side: 'government', aliases: ['al-Quds Brigade', 'Quds Brigade', 'Liwa al-Quds', 'Palestinian al-Quds Brigade'] },
  { name: 'Liwa al-Baqir', side: 'government', aliases: ['Liwa al-Baqir', 'al-Baqir Brigade', 'Baqir Brigade'] },
  { name: 'Qalamoun Shield', side: 'government', aliases: ['Qalamoun Shield', 'Qalamoun Shield Forces', 'Dir al-Qalamoun'] },
  { name: 'Al-Jaleel Forces', side: 'government', aliases: ['Al-Jaleel Forces', 'Palestinian Al-Jaleel Forces', 'Jaleel Forces'] },
  { name: 'allied militias', side: 'government', reason: 'pro-government auxiliaries described, not named',
    aliases: ['allied militiamen', 'allied militias', 'allied forces', 'allied fighters', 'auxiliary forces', 'militiamen loyal to the regime',
      'militiamen loyal to the regime forces', 'gunmen loyal to them', 'pro-government militias', 'Shiite militias', 'Iraqi militias',
      'Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Hashd al-Shaabi', 'Afghan militias', 'Fatemiyoun'] },
  { name: 'Syrian air force', side: 'government', aliases: ['Syrian air force', 'Syrian Arab Air Force', 'Syrian warplanes', 'regime warplanes', 'regime’s warplanes', "regime's warplanes", 'Syrian jets', 'regime helicopters'] },
  { name: 'Syrian army', side: 'government', generic: true, reason: 'descriptions that mean the army when no other army is in play',
    aliases: ['the army', 'the troops', 'army men', 'the army men', 'the soldiers', 'government', 'the government', 'army unit', 'an army unit', 'military unit'] },

  // --- ISIS ---
  {
    name: 'ISIS', side: 'isis',
    aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Daish', 'DAESH', 'Da’esh', "Da'esh", 'Islamic State', 'Islamic State group', 'Islamic State militants',
      'Islamic State fighters', 'Islamic State militant group', '“Islamic State” organization', '"Islamic State" organization',
      'Islamic State organization', 'IS militants', 'IS fighters', 'ISIS militants', 'ISIS fighters', 'ISIS terrorists',
      'ISIS jihadists', 'ISIS gangs', 'ISIS elements', 'ISIL terrorists', 'ISIL militants', 'Daesh terrorists', 'Daesh militants', 'Daesh fighters'],
  },
  { name: 'ISIS', side: 'isis', generic: true, reason: 'descriptions that stand for the last named militant group',
    aliases: ['the organization', 'the organisation', 'the terrorist organization', 'the terrorist organisation', 'the terror organisation',
      'the terror organization', 'the militants', 'militants', 'the jihadists', 'jihadists', 'the group', 'the militant group',
      'the extremists', 'extremists', 'the terrorists', 'terrorists', 'terrorist groups', 'the gangs', 'the insurgents'] },

  // --- SDF ---
  {
    name: 'SDF', side: 'sdf',
    aliases: ['SDF', 'Syrian Democratic Forces', 'YPG', 'YPJ', 'YPG/YPJ', 'People’s Protection Units', "People's Protection Units",
      'Kurdish-led forces', 'Kurdish-led SDF', 'Kurdish fighters', 'Kurdish forces', 'Kurdish militia', 'Kurdish YPG',
      'US-backed forces', 'U.S.-backed forces', 'U.S. backed forces', 'US-backed SDF', 'U.S.-backed SDF', 'Manbij Military Council',
      'Deir ez-Zor Military Council', 'Deir Ezzor Military Council', 'SDF fighters'],
  },

  // --- US-led coalition ---
  {
    name: 'US-led coalition', side: 'us_coalition',
    aliases: ['US-led coalition', 'U.S.-led coalition', 'US-led international coalition', 'international coalition', 'the coalition',
      'coalition forces', 'coalition warplanes', 'coalition jets', 'US forces', 'U.S. forces', 'American forces', 'US military', 'U.S. military',
      'US troops', 'U.S. troops', 'Pentagon'],
  },

  // --- rebels ---
  {
    name: 'rebels', side: 'rebels',
    aliases: ['rebels', 'rebel factions', 'rebel groups', 'rebel fighters', 'opposition factions', 'opposition fighters', 'opposition forces',
      'armed opposition', 'FSA', 'Free Syrian Army', 'the factions', 'Syrian opposition', 'US-backed rebels', 'U.S.-backed rebels'],
  },
  { name: 'Jaysh al-Izza', side: 'rebels', aliases: ['Jaysh al-Izza', 'Jaish al-Izza', 'Jaysh al-Ezza', 'Jaish al-Ezza'] },
  { name: 'Ahrar al-Sham', side: 'rebels', aliases: ['Ahrar al-Sham', 'Ahrar al-Sham Movement'] },
  { name: 'Faylaq al-Rahman', side: 'rebels', aliases: ['Faylaq al-Rahman', 'al-Rahman Corps', 'Al-Rahman Corps', 'Rahman Corps'] },
  { name: 'Jaysh al-Islam', side: 'rebels', aliases: ['Jaysh al-Islam', 'Jaish al-Islam', 'Army of Islam'] },
  { name: 'Jaysh al-Nasr', side: 'rebels', aliases: ['Jaysh al-Nasr', 'Jaish al-Nasr'] },
  { name: 'Maghawir al-Thawra', side: 'rebels', aliases: ['Maghawir al-Thawra', 'Jaysh Maghawir al-Thawra', 'Revolutionary Commando Army'] },
  { name: 'Usud al-Sharqiya', side: 'rebels', aliases: ['Usud al-Sharqiya', 'Lions of the East'] },
  { name: 'Nour al-Din al-Zenki', side: 'rebels', aliases: ['Nour al-Din al-Zenki', 'Nour al-Din al-Zinki', 'Zenki Movement'] },
  { name: 'Southern Front', side: 'rebels', aliases: ['Southern Front'] },

  // --- HTS ---
  {
    name: 'HTS', side: 'hts',
    aliases: ['HTS', 'Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham', 'Hayat Tahrir al-Sham', 'Tahrir al-Sham',
      'Hayyat Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front', 'al-Nusra', 'Jabhat al-Nusra', 'Jabhat Fateh al-Sham', 'Fateh al-Sham', 'Nusra'],
  },

  // --- Turkey ---
  {
    name: 'Turkish army', side: 'turkey',
    aliases: ['Turkish army', 'Turkish forces', 'Turkish troops', 'Turkish military', 'Turkish Armed Forces', 'TSK', 'Euphrates Shield',
      'Euphrates Shield forces', 'Operation Euphrates Shield', 'Turkish-backed rebels', 'Turkish-backed forces', 'Turkey-backed rebels', 'Turkey'],
  },
];

/** Adjectives that name the actor behind a weapon word ("Russian jets", "coalition airstrikes"). */
export const SYRIA_ACTOR_MODIFIERS: readonly ActorModifier[] = [
  { word: 'Russian', name: 'Russian forces', side: 'government' },
  { word: 'Russia’s', name: 'Russian forces', side: 'government' },
  { word: 'Syrian', name: 'Syrian army', side: 'government' },
  { word: 'regime', name: 'Syrian army', side: 'government' },
  { word: 'regime’s', name: 'Syrian army', side: 'government' },
  { word: "regime's", name: 'Syrian army', side: 'government' },
  { word: 'government', name: 'Syrian army', side: 'government' },
  { word: 'army', name: 'Syrian army', side: 'government' },
  { word: 'pro-government', name: 'Syrian army', side: 'government' },
  { word: 'coalition', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'US-led', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'U.S.-led', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'American', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'US', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'U.S.', name: 'US-led coalition', side: 'us_coalition' },
  { word: 'Turkish', name: 'Turkish army', side: 'turkey' },
  { word: 'SDF', name: 'SDF', side: 'sdf' },
  { word: 'ISIS', name: 'ISIS', side: 'isis' },
  { word: 'IS', name: 'ISIS', side: 'isis' },
  { word: 'Daesh', name: 'ISIS', side: 'isis' },
  { word: 'rebel', name: 'rebels', side: 'rebels' },
];
