/**
 * Person names and who they refer to.
 *
 * A name is a run of capitalised words, initials ("S.") and particles ("de", "bin") that
 * holds no title, place, institution or calendar word. Titles and honorifics before it
 * make it a person for sure ("Mr. Brandt", "Defense Minister Lucia Ferrante"); two name
 * words or more do too; a lone surname is a person only if the article names that person
 * in full somewhere ("Ostrova" after "Rafael Ostrova").
 *
 * The registry merges the forms of one person ("Karel S. Brandt", "Mr. Brandt", "Brandt")
 * and, when two people share a surname, gives a bare surname to the one mentioned last.
 */
import { isCapitalised, spanText, type Token } from './tokens';
import { CALENDAR, HONORIFICS, PARTICLES, SUFFIXES, TITLE_PARTS, TITLE_WORDS } from './lexicon/titles';
import { NATIONALITIES, PLACES, PLACE_PHRASES } from './lexicon/places';
import { ORG_NAME_WORDS, PERSON_NOUNS } from './lexicon/nouns';
import { words } from './lexicon/words';
import { addPosition, lastAtOrBefore } from './positions';

/** Capitalised words that start sentences or headings and are never names. */
export const NOT_NAMES = words(`
  i the a an in on at for from with by as if when while after before but and or so yet this that these those
  there here it its he she they we you his her their our my your one some many most all both each no not what
  who how why where which despite during since until under over among according asked last next earlier later
  more other another such new north south east west central upper lower great saint god internet web online
  covid-19 covid associated breaking update updated read watch listen related photo photos video credit getty
  image images advertisement subscribe share comments though although because unless whether like unlike
  without within against toward towards upon via per including even only just also still meanwhile moreover
  however nevertheless instead thus therefore hence indeed perhaps maybe sometimes often now then today
  yesterday tomorrow tonight every any never always ever yes oh dear thanks please neither either nor whom
  whose him them us me our ours yours theirs once twice first second third finally later soon already again
  together instead while amid despite whatever whoever everyone everybody nobody someone somebody anyone
  anybody everything nothing something anything dozens hundreds thousands millions several few much many
  act treaty accord agreement amendment constitution program programme
  most less least more further across beyond behind below above between into onto out off up down away back
  regardless ahead according asked told said says added
`);

export interface NameMatch {
  /** Token range of the name itself. */
  start: number;
  end: number;
  /** Token range of a title or honorific written just before the name. */
  titleStart: number;
  /** A title, honorific or two name words: certainly a person. */
  certain: boolean;
  honorific?: string;
}

/** Titles that are also common surnames ("Ada King", "Tomas Prince"). */
const TITLE_SURNAMES = words(`king prince bishop dean marshal major earl duke pope baron`);

/** Honorifics after which any capitalised word is a name ("Mr. Prince", "Ms. Price"). */
const STRONG_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'miss', 'mr', 'mrs', 'ms', 'dr', 'mme.', 'messrs.']);

function isNameWord(t: Token | undefined, prev?: Token): boolean {
  if (!t || t.kind !== 'w' || !isCapitalised(t)) return false;
  const w = t.lower;
  if (prev && STRONG_HONORIFICS.has(prev.lower) && !NOT_NAMES.has(w)) return true;
  if (NOT_NAMES.has(w) || TITLE_WORDS.has(w) || HONORIFICS.has(w) || CALENDAR.has(w)) return false;
  if (ORG_NAME_WORDS.has(w) || PLACES.has(w) || NATIONALITIES.has(w)) return false;
  // All-capitals words of two or more letters are acronyms (NATO, CNN), not names.
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && !t.text.endsWith('.')) return false;
  return true;
}

function isTitleWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'w' && (TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower));
}

/**
 * The person name that ends exactly at `end` (exclusive) within [from, end), if any.
 * "Norwegian Defense Minister Lucia Ferrante" → "Lucia Ferrante" with title from "Norwegian".
 */
export function nameEndingAt(tokens: Token[], from: number, end: number): NameMatch | undefined {
  let k = end;
  while (k > from && SUFFIXES.has(tokens[k - 1]!.lower)) k--;
  const nameEnd = end;
  let nameWords = 0;
  let start = k;
  // A surname that is also a title, after a given name: "Ada King", "Tomas Prince".
  const last = tokens[k - 1];
  if (last && k - 1 > from && isCapitalised(last) && TITLE_SURNAMES.has(last.lower) && isNameWord(tokens[k - 2], tokens[k - 3]) && !isTitleWord(tokens[k - 3])) {
    nameWords++;
    start--;
  }
  while (start > from) {
    const t = tokens[start - 1]!;
    if (isNameWord(t, tokens[start - 2])) {
      nameWords++;
      start--;
    } else if (PARTICLES.has(t.lower) && t.text === t.lower && nameWords > 0) {
      // "van der Berg": one or more particles, with a name word before them.
      let p = start - 1;
      while (p > from && PARTICLES.has(tokens[p - 1]!.lower) && tokens[p - 1]!.text === tokens[p - 1]!.lower && start - p < 3) p--;
      if (!isNameWord(tokens[p - 1])) break;
      start = p;
    } else break;
    if (k - start > 6) return undefined;
  }
  if (nameWords === 0) return undefined;
  if (PLACE_PHRASES.has(lowerText(tokens, start, k))) return undefined;
  let titleStart = start;
  while (titleStart > from && (isTitleWord(tokens[titleStart - 1]) || NATIONALITIES.has(tokens[titleStart - 1]!.lower) || isRoleWord(tokens[titleStart - 1]!))) {
    titleStart--;
  }
  const before = tokens[start - 1];
  const honorific = before && HONORIFICS.has(before.lower) ? before.text : undefined;
  const titled = !!before && ((isTitleWord(before) && !TITLE_PARTS.has(before.lower)) || isRoleWord(before));
  return { start, end: nameEnd, titleStart, certain: titled || nameWords >= 2, honorific };
}

/** The title written before a name ("Prime Minister"), unless it is only an honorific ("Mr."). */
export function titleText(sentence: string, tokens: Token[], m: NameMatch): string | undefined {
  if (m.titleStart >= m.start) return undefined;
  for (let j = m.titleStart; j < m.start; j++) if (!HONORIFICS.has(tokens[j]!.lower)) return spanText(sentence, tokens, m.titleStart, m.start);
  return undefined;
}

/** Lower-case role words written before a name ("resident Amara Diallo", "spokesperson Wen Tao"). */
function isRoleWord(t: Token): boolean {
  return t.kind === 'w' && !isCapitalised(t) && (PERSON_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower));
}

function lowerText(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.lower).join(' ');
}

export interface Person {
  /** The name as first written in full (or the only form the article uses). */
  name: string;
  full: boolean;
  surname: string;
  given?: string;
  aliases: Set<string>;
  /** The role the article gives when the person speaks ("the agency's director"). */
  role?: string;
  /** A title written before the name anywhere ("Prime Minister"), the role when no other is given. */
  title?: string;
  /** Named with a title, an honorific or two name words somewhere in the article. */
  certain: boolean;
  /** Sentence indices where the name is written. */
  seen: number[];
}

export class PersonRegistry {
  private bySurname = new Map<string, Person[]>();
  private byGiven = new Map<string, Person[]>();
  readonly all: Person[] = [];

  /** Records a name written in sentence `at`; returns the person it belongs to. */
  note(sentence: string, tokens: Token[], m: NameMatch, at: number): Person {
    const nameText = spanText(sentence, tokens, m.start, m.end);
    const parts = tokens.slice(m.start, m.end).filter((t) => !SUFFIXES.has(t.lower) && !PARTICLES.has(t.text));
    const surname = (parts.at(-1) ?? tokens[m.end - 1]!).lower;
    const given = parts.length >= 2 ? parts[0]!.lower : undefined;
    const same = this.bySurname.get(surname) ?? [];
    let person: Person | undefined;
    // "Sol Vega" after "Marta Sol Vega": the end of a known full name is the same person.
    const suffixOf = same.find((p) => p.full && p.name !== nameText && p.name.endsWith(` ${nameText}`));
    if (suffixOf) person = suffixOf;
    else if (given) person = same.find((p) => p.given === given) ?? same.find((p) => !p.given);
    else person = this.latest(same, at);
    if (!person) {
      person = { name: nameText, full: !!given, surname, given, aliases: new Set(), certain: m.certain, seen: [] };
      same.push(person);
      this.bySurname.set(surname, same);
      this.all.push(person);
    } else if (given && !person.full) {
      person.aliases.add(person.name);
      person.name = nameText;
      person.full = true;
      person.given = given;
    }
    if (person.given && !(this.byGiven.get(person.given) ?? []).includes(person)) {
      this.byGiven.set(person.given, [...(this.byGiven.get(person.given) ?? []), person]);
    }
    person.certain ||= m.certain;
    if (nameText !== person.name) person.aliases.add(nameText);
    if (m.honorific) person.aliases.add(`${m.honorific} ${tokens[m.end - 1]!.text}`);
    addPosition(person.seen, at);
    return person;
  }

  /** The person a lone surname refers to in sentence `at`, if the article names one. */
  bySurnameAt(surname: string, at: number): Person | undefined {
    return this.latest(this.bySurname.get(surname.toLowerCase()) ?? [], at);
  }

  /**
   * The person a lone word refers to: a surname first, else a given name written first in
   * a full name ("Omar" for "Omar Haddou", "Wen" for "Wen Tao").
   */
  byNameWordAt(word: string, at: number): Person | undefined {
    const w = word.toLowerCase();
    const surnames = this.bySurname.get(w) ?? [];
    const given = (this.byGiven.get(w) ?? []).filter((p) => p.full && p.surname !== w);
    return this.latest(given.length ? [...surnames, ...given] : surnames, at);
  }

  /** "the president", "the senator": the person last named with that title. */
  byTitleAt(title: string, at: number): Person | undefined {
    const has = (text?: string) => !!text && text.toLowerCase().split(/[^\p{L}]+/u).includes(title);
    return this.latest(this.all.filter((p) => has(p.role) || has(p.title)), at);
  }

  /** Capitalised words seen away from the start of a sentence: proper nouns, not sentence openers. */
  readonly proper = new Set<string>();

  /** Sentence index → the person named at its start (likely its subject). */
  readonly subjects = new Map<number, Person>();

  /** The candidate named most recently at or before sentence `at` (a lone candidate may be named later). */
  private latest(candidates: Person[], at: number): Person | undefined {
    if (candidates.length === 0) return undefined;
    let best: Person | undefined;
    let bestAt = -1;
    for (const p of candidates) {
      const last = lastAtOrBefore(p.seen, at);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    if (best) return best;
    // Named only later in the article: the first of those.
    let first: Person | undefined;
    let firstAt = Infinity;
    for (const p of candidates) if (p.seen.length && p.seen[0]! < firstAt) [first, firstAt] = [p, p.seen[0]!];
    return first ?? (candidates.length === 1 ? candidates[0] : undefined);
  }
}

/** Pre-pass: every name the sentence writes, so later surnames can be resolved. */
export function collectNames(sentence: string, tokens: Token[], at: number, registry: PersonRegistry): void {
  tokens.forEach((t, j) => {
    const prev = tokens[j - 1];
    if (j > 0 && prev!.kind !== 'q' && prev!.text !== ':' && isCapitalised(t)) registry.proper.add(t.lower);
  });
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i], tokens[i - 1]) && !(PARTICLES.has(tokens[i]!.lower) && i > 0)) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && (isNameWord(tokens[end], tokens[end - 1]) || (PARTICLES.has(tokens[end]!.text) && isNameWord(tokens[end + 1]))) && end - i < 6) end++;
    while (end < tokens.length && SUFFIXES.has(tokens[end]!.lower)) end++;
    // "Larkspur Book Group", "20th Avenue Media": the run names an institution.
    const orgAfter = (isCapitalised(tokens[end]) && ORG_NAME_WORDS.has(tokens[end]!.lower)) || tokens[i - 1]?.kind === 'n';
    const m = end > i && !orgAfter ? nameEndingAt(tokens, Math.max(0, i - 4), end) : undefined;
    const sentenceStart = i === 0 || tokens[i - 1]!.kind === 'q';
    if (m && (m.honorific || (m.certain && !(sentenceStart && end - i === 1)))) {
      // A lone capitalised word needs a title to count; two words need no help.
      if (end - m.start >= 2 || m.titleStart < m.start) {
        const person = registry.note(sentence, tokens, m, at);
        const title = titleText(sentence, tokens, m);
        if (title && !person.title) person.title = title;
        // A name that opens a sentence is likely its subject: "he" in the next sentences.
        if (m.titleStart <= 1) registry.subjects.set(at, person);
      }
    } else if (m && end - i === 1) {
      // A lone surname of someone already named: remember where it appears.
      const p = registry.bySurnameAt(tokens[i]!.lower, at);
      if (p && p.full) {
        addPosition(p.seen, at);
        if (i <= 1 && !registry.subjects.has(at)) registry.subjects.set(at, p);
      }
    }
    i = Math.max(end, i + 1);
  }
}
