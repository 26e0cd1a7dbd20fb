import { nouns, union, words } from './words';

/** Nouns that make an unnamed person the voice of an institution ("a spokeswoman for Acme"). */
export const SPOKES_NOUNS = nouns(`spokesman spokeswoman spokesperson representative rep`);

/**
 * Nouns for people who can be an unnamed source ("two senior officials", "a person familiar
 * with the matter", "residents"). Listed in the singular; plurals are added.
 */
export const PERSON_NOUNS = union(
  SPOKES_NOUNS,
  nouns(`
    official source person individual aide adviser advisor diplomat resident villager local witness eyewitness
    investigator insider employee staffer worker executive exec member lawmaker legislator senator congressman
    congresswoman operative strategist ally loyalist associate confidant confidante friend relative neighbor
    neighbour doctor medic paramedic nurse physician surgeon lawyer attorney analyst expert economist researcher
    scientist critic supporter opponent activist advocate observer organizer organiser rebel fighter soldier officer
    commander agent detective firefighter man woman student teacher parent mother father brother sister son
    daughter wife husband survivor victim passenger voter protester protestor demonstrator journalist correspondent
    attendee participant negotiator envoy intermediary mediator administrator manager accuser colleague engineer
    farmer trader banker investor donor consultant partner guard producer host anchor model leader democrat
    republican conservative liberal clerk historian scholar guide driver owner shopkeeper merchant elder chief
    headman miner pilot planner campaigner dissident defector interlocutor counterpart family community politician
    commentator pundit
  `),
  words(`people staff personnel authorities crew someone somebody others`),
);

/** Person nouns whose bare plural is usually a vague collective view ("critics say", "experts believe"). */
export const VAGUE_NOUNS = words(`
  analysts experts critics observers economists supporters opponents activists advocates democrats republicans
  conservatives liberals people scholars scientists researchers historians strategists voters others leaders
  investors parents students teachers workers members executives
`);

/** Heads of institutions ("the company said", "the ministry said in a statement"). Plurals are added. */
export const ORG_NOUNS = nouns(`
  company firm agency ministry department office government administration military army navy police embassy
  consulate campaign committee council union group organization organisation party court commission board
  authority bank club network outlet newspaper paper institute university hospital district prosecutor
  prosecution airline carrier manufacturer retailer startup publisher broadcaster station channel team league
  federation foundation charity coalition alliance association body regulator watchdog parliament senate congress
  cabinet presidency palace kremlin pentagon secretariat mission service bureau corporation maker giant operator
  developer insurer lender automaker school college tribunal legislature assembly junta regime state force command
  directorate inspectorate tribe
`);

/** Abbreviations that end company names, with and without their period ("Inc", "Inc."). */
const COMPANY_ABBREVIATIONS = new Set(['co', 'corp', 'inc', 'ltd', 'dept'].flatMap((w) => [w, `${w}.`]));

/**
 * Words that mark a capitalised run as an institution rather than a person
 * ("Norway Air Force", "Tarnby International Airport", "The Calder Ledger").
 */
export const ORG_NAME_WORDS = union(
  ORG_NOUNS,
  COMPANY_ABBREVIATIONS,
  words(`
    llc plc ag gmbh holdings partners capital airways motors media news times post journal tribune herald
    telegraph guardian gazette press review magazine radio television tv broadcasting studios pictures records
    research analytics data labs laboratory laboratories systems technologies technology software energy oil gas
    pharmaceuticals healthcare insurance securities investments exchange markets church mosque temple society
    movement front brigade brigades project initiative program programme watch international global worldwide
    national federal central united airport port house hall tower street square finance financial consulting
    associates communications entertainment games foods industries enterprises ventures solutions resources
    logistics transit railways railway rail pharma bancorp affairs relations studies sciences rights liberties
    security intelligence reform management budget planning development safety protection commerce statistics
    standards investigation prevention control personnel veterans homeland justice education agriculture
    transportation treasury interior environment labor labour defense defence publishing publishers publications
    book books films productions studio brands stores elections county city township borough parish kingdom
    republic states nations corps guard academy clinic center centre fund trust institution
  `),
);

/** Things that carry information but are not speakers ("the report said", "according to data"). Plurals are added. */
export const DOCUMENT_NOUNS = union(
  nouns(`
    statement report letter memo document filing lawsuit complaint record figure study survey poll estimate post
    tweet email release announcement transcript indictment affidavit ruling order proclamation website video book
    memoir article story message notice note sign plan proposal bill law rule policy guideline charge warrant
    summary account version finding result number count tally map chart assessment review audit investigation
    inquiry probe evaluation claim allegation testimony remark comment speech interview briefing text calculation
    projection forecast motion petition
  `),
  words(`papers data analysis analyses footage guidance minutes research census polling`),
);

/** Pronouns that can stand for a speaker. */
export const PRONOUNS = words(`he she they it we i you one`);
