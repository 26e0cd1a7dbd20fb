import { words } from './words';

/**
 * Countries, capitals and seats of power that speak as institutions in the news
 * ("India said", "Moscow denied", "the Kremlin said"), in lower case.
 */
export const PLACES = words(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
  burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
  nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
  poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
  spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
  türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
  britain england scotland wales america gaza crimea
  washington moscow beijing kyiv kiev tehran islamabad delhi tokyo seoul pyongyang damascus ankara athens
  jerusalem cairo riyadh baghdad kabul taipei ottawa canberra berlin paris london rome madrid brussels warsaw
  budapest vienna prague bern minsk tbilisi yerevan baku doha dubai beirut amman tripoli khartoum nairobi addis
  abuja pretoria caracas havana bogota brasilia lima santiago manila jakarta hanoi bangkok dhaka kathmandu
  colombo maseru harare lusaka kinshasa kampala kigali algiers rabat tunis
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
  kremlin pentagon whitehall élysée elysee vatican beltway
  u.s. us usa u.k. uk u.n. un e.u. eu nato
`);

/** Multi-word places and seats of power, lower case, words joined by one space. */
export const PLACE_PHRASES: ReadonlySet<string> = new Set([
  'united states', 'united kingdom', 'united nations', 'european union', 'south korea', 'north korea',
  'new zealand', 'saudi arabia', 'south africa', 'south sudan', 'sri lanka', 'costa rica', 'el salvador',
  'czech republic', 'ivory coast', 'new delhi', 'hong kong', 'white house', 'downing street', 'west bank',
  'united arab emirates', 'dominican republic', 'sierra leone', 'papua new guinea', 'north macedonia',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island',
  'south carolina', 'south dakota', 'west virginia', 'mexico city', 'buenos aires', 'kuala lumpur', 'abu dhabi', 'tel aviv', 'capitol hill', 'city hall',
]);

/** Adjectives of nationality or region: capitalised, never part of a person's name ("a Pakistani official"). */
export const NATIONALITIES = words(`
  afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese
  cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
  dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian
  german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
  israeli italian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese
  liberian libyan lithuanian luxembourgish malagasy malawian malaysian maldivian malian maltese mauritanian
  mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese dutch nicaraguan nigerian nigerien
  norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian
  rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish swiss
  syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
  venezuelan vietnamese welsh yemeni zambian zimbabwean basotho mosotho western eastern northern southern arab
  african asian latin latino hispanic kurdish sunni shiite shia jewish muslim christian catholic soviet
  republican democratic democrat gop
`);
