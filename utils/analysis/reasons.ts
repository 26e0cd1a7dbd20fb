/**
 * Why a source was granted anonymity, quoted verbatim: "on the condition of anonymity
 * because they were not authorized to speak publicly", "who requested anonymity to discuss a
 * private conversation", "who was not authorized to speak publicly".
 * A bare "spoke on condition of anonymity" states terms, not a reason, and gives nothing.
 */

// Bounded alternatives only: each pattern runs in linear time.
const ANONYMITY =
  /\b(?:on|under)\s+(?:the\s+)?(?:condition|conditions|promise|guarantee|grounds|understanding)\s+(?:of\s+(?:anonymity|not\s+being\s+(?:named|identified))|that\s+(?:(?:he|she|they|it|his|her|their|its)\s+)?(?:names?\s+)?(?:not\s+be|would\s+not\s+be|be\s+not)\s+(?:named|identified|used|published|disclosed))|\b(?:requested|request|asked\s+for|sought|was\s+granted|were\s+granted|granted|given|insisted\s+on|demanded|requesting|asking\s+for)\s+anonymity|\b(?:speaking|spoke|spoken|talked|talking)\s+anonymously|\b(?:asked|asking|requested|requesting|declined|wished|wishing|preferred)\s+(?:not\s+to\s+be|to\s+not\s+be|to\s+remain)\s+(?:named|identified|anonymous|quoted\s+by\s+name)|\basked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|disclosed)/giu;

const CONNECTOR =
  /^[\s,]*(?:(?:like|unlike|as\s+(?:did|do|were|was|with))\s[^,;]{0,80},\s*)?(?:to\s+(?!(?:be|the|a|an|reporters|journalists|media|him|her|them|us|me|this|that|news)\b)\p{Ll}|because\b|as\s+(?:he|she|they|it|the|his|her|their|this|that|\p{Ll}+\s+(?:was|were|is|are|had|has))\b|since\s+(?:he|she|they|it|the|his|her|their)\b|for\s+fear\b|fearing\b|citing\b|in\s+order\s+to\b|so\s+as\s+not\s+to\b|given\s+the\b|due\s+to\b|owing\s+to\b|out\s+of\s+(?:fear|concern)\b|saying\s+(?:he|she|they)\b)/iu;

const NOT_AUTHORISED =
  /\b(?:who|because|as|since)\s+(?:[\p{L}’']+\s+){0,3}?(?:was|were|is|are|had|has|have)(?:\s*n['’]t|\s+not)\s+(?:been\s+)?(?:authori[sz]ed|permitted|allowed|cleared|empowered)\s+to\s+\p{L}+/giu;

/** Where the reason clause ends: a semicolon, dash, closing quote or bracket, or a new attribution. */
const CLAUSE_END =
  /[;)”"]|\s[—–]\s|,\s+(?=(?:said|says|told|according|adding|and\s+(?:said|added)|but|who|which)\b)|\s(?=(?:said|says|told|added|declined|denied|confirmed|wrote)\b)/gu;

/** Fragments one of which any reason contains: a cheap test before the regular expressions (one scan of the sentence). */
const KEYS = /anonym|named|identified|authori|permitted|allowed|cleared|empowered/;

export function anonymityReason(sentence: string): string | undefined {
  if (!KEYS.test(sentence.toLowerCase())) return undefined;
  ANONYMITY.lastIndex = 0;
  for (let m = ANONYMITY.exec(sentence); m !== null; m = ANONYMITY.exec(sentence)) {
    const after = m.index + m[0].length;
    if (CONNECTOR.test(sentence.slice(after, after + 160))) return clause(sentence, m.index, after);
  }
  NOT_AUTHORISED.lastIndex = 0;
  const m = NOT_AUTHORISED.exec(sentence);
  if (m) return clause(sentence, m.index, m.index + m[0].length);
  return undefined;
}

function clause(sentence: string, start: number, from: number): string {
  CLAUSE_END.lastIndex = from;
  const end = CLAUSE_END.exec(sentence);
  return sentence
    .slice(start, end ? end.index : sentence.length)
    .replace(/(?<![\s.,;:!?])[\s.,;:!?]+$/u, '')
    .trim();
}
