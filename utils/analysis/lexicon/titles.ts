import { union, words } from './words';

/** Honorifics: the capitalised word that follows is a person's name ("Mr. Brandt", "Dame Ilse Moravec"). */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss mx messrs messrs. mme mme. madame monsieur dr dr. prof prof. professor sir dame lord
  lady rev rev. reverend father fr. rabbi imam sheikh pastor bishop archbishop cardinal pope king queen prince
  princess emir sultan ayatollah cheikh señor señora herr frau
`);

/**
 * Words of a title or rank written before a name ("Prime Minister", "Lt. Gen.", "Wing Commander").
 * In a run of capitalised words they belong to the role, not to the name.
 */
export const TITLE_WORDS = union(
  HONORIFICS,
  words(`
    president vice prime minister premier chancellor secretary senator sen sen. sens sens. representative rep
    rep. reps reps. congressman congresswoman governor gov gov. mayor lieutenant lt lt. general gen gen. gens.
    colonel col col. major maj maj. captain capt capt. cpt. sergeant sgt sgt. admiral adm adm. commander cmdr
    cmdr. cdr. corporal cpl private pvt officer detective det det. sheriff deputy judge justice chief attorney
    prosecutor ambassador amb amb. envoy commissioner councilman councilwoman councillor councilor councilmember
    alderman alderwoman speaker leader chairman chairwoman chairperson chair director superintendent supt supt.
    inspector insp insp. coach spokesman spokeswoman spokesperson foreign defense defence interior finance home
    health trade economy education agriculture energy transport transportation labor labour environment treasury
    attorney-general solicitor assistant acting former retired interim first crown wing squadron brigadier
    marshal field air rear executive ceo cfo coo cto founder co-founder dean provost mufti patriarch
    metropolitan grand duke duchess earl baron baroness doctor staff master specialist trooper constable
    commandant ranger agent warden principal brother sister pres pres. hon hon. honorable honourable rt right
    mp mep state national party house senate chief-of-staff adviser advisor aide counsel counselor mayor-elect
    president-elect supervisor clerk auditor comptroller controller treasurer registrar administrator
  `),
);

/**
 * Words that occur inside a title ("Secretary of State", "Prime Minister", "Wing Commander") but
 * do not by themselves introduce a name ("Empire State Quarry" is no person).
 */
export const TITLE_PARTS = words(`
  state national party house senate home health trade energy foreign defense defence interior finance economy
  education agriculture transport transportation labor labour environment treasury air field first grand crown wing
  squadron staff master vice prime deputy assistant acting former retired interim executive rear right rt
`);

/** Name particles written in lower case inside a name ("Anouk van der Berg", "Khalid bin Rashed"). */
export const PARTICLES = words(`de del della der di da dos das du la le van von ten ter bin ibn al el ben abu bint y`);

/** Generational and similar suffixes after a surname. */
export const SUFFIXES = words(`jr jr. sr sr. ii iii iv`);

/** Days and months: capitalised but never a name ("said Tuesday"). */
export const CALENDAR = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep.
  sept sept. oct oct. nov nov. dec dec. today yesterday tomorrow christmas easter
`);
