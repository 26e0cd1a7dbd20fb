/** Builds a lookup set from a space-separated word list (compact to ship, quick to read). */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Irregular plurals of the nouns the lexicons list in the singular. */
const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men',
  woman: 'women',
  person: 'people',
  spokesman: 'spokesmen',
  spokeswoman: 'spokeswomen',
  spokesperson: 'spokespeople',
  congressman: 'congressmen',
  congresswoman: 'congresswomen',
  chief: 'chiefs',
  staff: 'staff',
  personnel: 'personnel',
  police: 'police',
};

function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** A set of nouns listed in the singular, with their plurals. */
export function nouns(list: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words(list)) {
    out.add(w);
    out.add(pluralOf(w));
  }
  return out;
}

/** The union of several sets. */
export function union(...sets: ReadonlySet<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sets) for (const w of s) out.add(w);
  return out;
}
