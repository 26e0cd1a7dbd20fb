/**
 * Bylines, photo credits, contributor lines and author bios: they name people, but those
 * people are the article's makers, not its sources.
 */
const CREDIT_PATTERNS: RegExp[] = [
  // "By Jane Doe and John Roe": a short line of names (not "By the end of the day, …").
  /^\s*(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Aa]dditional reporting by|[Ww]ith reporting by|[Ee]dited by|[Cc]ompiled by|[Ss]tory by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von)){0,12}\s*[,|]?\s*(?:\p{Lu}[\p{L} .]*)?$/u,
  /^\s*(?:[Aa]dditional |[Ww]ith )?[Rr]eporting by\s+\p{Lu}|\b[Ee]diting by\s+\p{Lu}/u,
  /^\s*(?:photo(?:graph)?s?|image|illustration|video|credit|source)(?:\s+by)?\s*:/iu,
  /\bcontributed\s+(?:additional\s+)?(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b/iu,
  /\breporting\s+was\s+contributed\s+by\b/iu,
  // "Jo Roe reported from Seoul, and Al Bo from Hong Kong."
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:reported|contributed)\s+(?:from|to)\b/u,
  /\bCredit\s*\.\.\./u,
  /\b(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:correspondent|reporter|writer|editor|bureau\s+chief|columnist|contributor|journalist)\s+(?:for|at|with|based)\b/iu,
  /^\s*(?:he|she|they)\s+(?:writes|covers|reports)\s+(?:about|on|for)\b/iu,
  /\bfor\s+The\s+[\p{Lu}][\p{L}]+\s+[\p{Lu}][\p{L}]+\s*$/u,
];

/**
 * Fragments one of which a credit line contains: a cheap test before the regular expressions
 * (one pattern of plain alternatives reads the sentence once, where a search per fragment read it twenty times).
 */
const KEYS = /by|photo|image|illustration|video|credit|source|contribut|correspondent|reporter|writer|editor|chief|columnist|journalist|writes|covers|reports|reported| for the /;

export function isCreditLine(sentence: string): boolean {
  if (sentence.length > 400) return false;
  if (!KEYS.test(sentence.toLowerCase())) return false;
  return CREDIT_PATTERNS.some((re) => re.test(sentence));
}
