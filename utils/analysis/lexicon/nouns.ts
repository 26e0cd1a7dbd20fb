import { words } from './words';

/**
 * Nouns for people who can be an unnamed source ("two senior officials", "a person familiar
 * with the matter", "residents"). Singular and plural forms, lower case.
 */
export const PERSON_NOUNS = words(`
  official officials source sources person people persons individual individuals aide aides adviser advisers
  advisor advisors diplomat diplomats resident residents villager villagers local locals witness witnesses
  eyewitness eyewitnesses investigator investigators insider insiders employee employees staffer staffers staff
  worker workers executive executives exec execs member members lawmaker lawmakers legislator legislators senator
  senators congressman congresswoman operative operatives strategist strategists ally allies loyalist loyalists
  associate associates confidant confidants confidante friend friends relative relatives neighbor neighbors
  neighbour neighbours doctor doctors medic medics paramedic paramedics nurse nurses physician physicians
  surgeon lawyer lawyers attorney attorneys analyst analysts expert experts economist economists researcher
  researchers scientist scientists critic critics supporter supporters opponent opponents activist activists
  advocate advocates observer observers organizer organizers organiser organisers rebel rebels fighter fighters
  soldier soldiers officer officers commander commanders agent agents detective detectives firefighter
  firefighters man men woman women student students teacher teachers parent parents mother father brother sister
  son daughter wife husband survivor survivors victim victims passenger passengers voter voters protester
  protesters protestor protestors demonstrator demonstrators journalist journalists correspondent attendee
  attendees participant participants negotiator negotiators envoy envoys intermediary intermediaries mediator
  mediators authorities administrator administrators manager managers accuser accusers colleague colleagues
  engineer engineers farmer farmers trader traders banker bankers investor investors donor donors consultant
  consultants partner partners guard guards personnel producer producers host hosts anchor anchors model
  leader leaders someone somebody others democrats republicans conservatives liberals clerk clerks historian
  historians scholar scholars guide guides driver drivers owner owners shopkeeper shopkeepers merchant merchants
  elders elder chief chiefs headman miner miners pilot pilots crew colleague insiders
  planner planners campaigner campaigners dissident dissidents defector defectors
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
  interlocutor interlocutors counterpart counterparts family families republican democrat communities politician
  politicians commentator commentators pundit pundits
`);

/** Person nouns whose bare plural is usually a vague collective view ("critics say", "experts believe"). */
export const VAGUE_NOUNS = words(`
  analysts experts critics observers economists supporters opponents activists advocates democrats republicans
  conservatives liberals people scholars scientists researchers historians strategists voters others leaders
  investors parents students teachers workers members executives
`);

/** Nouns that make an unnamed person the voice of an institution ("a spokeswoman for Acme"). */
export const SPOKES_NOUNS = words(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
  rep reps
`);

/** Heads of institutions ("the company said", "the ministry said in a statement"). */
export const ORG_NOUNS = words(`
  company companies firm firms agency ministry department office government administration military army navy
  police embassy consulate campaign committee council union group organization organisation party court
  commission board authority bank club network outlet newspaper paper institute university hospital district
  prosecutor's prosecutors prosecution airline airlines carrier manufacturer retailer startup publisher
  broadcaster station channel team league federation foundation charity coalition alliance association body
  regulator watchdog parliament senate congress cabinet presidency palace kremlin pentagon secretariat mission
  service services bureau corporation corp inc ltd llc plc co maker giant operator developer insurer lender
  automaker school college tribunal legislature assembly junta regime state embassy force forces command
  sheriff's directorate inspectorate
`);

/**
 * Words that mark a capitalised run as an institution rather than a person
 * ("Pakistan Air Force", "Taiwan Taoyuan International Airport", "The Korea Times").
 */
export const ORG_NAME_WORDS = words(`
  ministry department dept dept. office agency council committee commission authority administration board bureau
  service services institute institution university college school academy hospital clinic center centre
  foundation fund trust association union federation league coalition alliance party parliament congress senate
  assembly court tribunal police army navy force forces guard corps military command government republic kingdom
  states nations group company co co. corp corp. corporation inc inc. llc ltd ltd. plc ag gmbh holdings partners
  capital bank airlines airways motors media news times post journal tribune herald telegraph guardian gazette
  press review magazine network radio television tv broadcasting channel studios pictures records research
  analytics data labs laboratory laboratories systems technologies technology software energy oil gas
  pharmaceuticals healthcare insurance securities investments exchange markets club team church mosque temple
  society movement front brigade brigades organization organisation campaign project initiative program programme
  watch international global worldwide national federal central united airport port station house hall tower
  street square embassy consulate mission secretariat cabinet presidency office finance financial consulting
  associates communications entertainment games foods group's council's institute's coalition's times'
  industries enterprises ventures solutions resources logistics transit railways railway rail motors pharma
  bancorp agencies commission's department's ministry's administration's government's affairs relations
  studies sciences rights liberties security intelligence reform management budget planning development safety
  protection commerce statistics standards investigation prevention control personnel veterans homeland
  justice education agriculture transportation treasury interior environment labor labour defense defence
  publishing publishers publications book books entertainment films productions studio brands stores
  elections county city township borough parish
`);

/** Things that carry information but are not speakers ("the report said", "according to data"). */
export const DOCUMENT_NOUNS = words(`
  statement statements report reports letter letters memo memos document documents filing filings lawsuit
  complaint complaints papers records record data figures figure study studies survey surveys poll polls
  analysis analyses estimate estimates post posts tweet tweets email emails release releases announcement
  announcements transcript transcripts indictment affidavit ruling order proclamation website video videos
  footage book memoir article articles story stories message messages notice notices note notes sign plan
  proposal bill law rule rules policy guidance guidelines charges charge warrant summary minutes account accounts
  version findings results research census numbers count tally map chart assessment review audit investigation
  inquiry probe evaluation claims claim allegations allegation testimony remarks comments speech interview
  interviews briefing briefings text texts calculations projections forecast forecasts polling motion petition
`);

/** Pronouns that can stand for a speaker. */
export const PRONOUNS = words(`he she they it we i you one`);
