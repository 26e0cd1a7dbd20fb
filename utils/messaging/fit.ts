/**
 * The sender's half of the protocol's limits (LIMITS in validate.ts). A hostile page can have
 * megabytes of text, and make the analyser find 100,000 mentions or a sentence of megabytes;
 * the receiver rightly refuses such a message or record, and the panel would then wait for a
 * report that never comes. Fitting first keeps what the reader needs, bounded: the article's
 * first stretch of text; every source's first mention before anyone's second, the first
 * sources and denials, over-long text cut short.
 */
import type { AnalysisReport, Denial, Mention, Source } from '../analysis/report';
import { withinTextBudget } from '../analysis/text-budget';
import type { ArticleMeta, PageReport } from './page-report';
import type { ContentToBackground } from './protocol';
import { LIMITS } from './validate';

/** Room left in a message for the report's mentions and denials: the rest is meta and structure. */
const TEXT_BUDGET_CHARS = LIMITS.messageChars - 100_000;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const clipOptional = (text: string | undefined, max: number) => (text === undefined ? undefined : clip(text, max));

function fitMention(mention: Mention): Mention {
  const quote = clipOptional(mention.quote, LIMITS.sentenceChars);
  return {
    sentence: clip(mention.sentence, LIMITS.sentenceChars),
    paragraph: Math.min(mention.paragraph, LIMITS.paragraphIndex),
    ...(quote !== undefined && { quote }),
  };
}

function fitDenial(denial: Denial): Denial {
  const by = clipOptional(denial.by, LIMITS.nameChars);
  return {
    type: denial.type,
    sentence: clip(denial.sentence, LIMITS.sentenceChars),
    paragraph: Math.min(denial.paragraph, LIMITS.paragraphIndex),
    ...(by !== undefined && { by }),
  };
}

function fitSource(source: Source, mentions: Mention[]): Source {
  const name = clipOptional(source.name, LIMITS.nameChars);
  const description = clipOptional(source.description, LIMITS.descriptionChars);
  const anonymityReason = clipOptional(source.anonymityReason, LIMITS.sentenceChars);
  const aliases = source.aliases?.slice(0, LIMITS.aliasesPerSource).map((alias) => clip(alias, LIMITS.nameChars));
  return {
    kind: source.kind,
    ...(name !== undefined && { name }),
    ...(aliases !== undefined && { aliases }),
    ...(description !== undefined && { description }),
    ...(anonymityReason !== undefined && { anonymityReason }),
    mentions,
  };
}

/** Characters a value adds to the message's JSON, near enough (strings may grow by escaping). */
const cost = (value: Mention | Denial) => JSON.stringify(value).length + 1;

/** The report, unchanged when it is within the protocol's limits, else cut down to them. */
export function fitReport(report: AnalysisReport): AnalysisReport {
  let budget = TEXT_BUDGET_CHARS;
  const take = <T extends Mention | Denial>(item: T): boolean => {
    const needed = cost(item);
    if (needed > budget) return false;
    budget -= needed;
    return true;
  };
  const sources = report.sources.slice(0, LIMITS.sources);
  const kept: Mention[][] = sources.map(() => []);
  const takeRound = (round: number): boolean => {
    let more = false;
    sources.forEach((source, i) => {
      const mention = source.mentions[round];
      if (!mention) return;
      more = true;
      const fitted = fitMention(mention);
      if (take(fitted)) kept[i]!.push(fitted);
    });
    return more;
  };
  // Every source's first mention, so that none disappears for want of room; then the denials;
  // then the other mentions, round by round.
  takeRound(0);
  const denials = report.denials.slice(0, LIMITS.denials).map(fitDenial).filter(take);
  let round = 1;
  while (round < LIMITS.mentionsPerSource && budget > 0 && takeRound(round)) round++;
  return {
    isArticle: report.isArticle,
    title: clip(report.title, LIMITS.titleChars),
    sources: sources.map((source, i) => fitSource(source, kept[i]!)),
    denials,
  };
}

const fitMeta = (meta: ArticleMeta): ArticleMeta => ({ ...meta, title: clip(meta.title, LIMITS.titleChars) });

/** The article's text as the content script sends it: the paragraphs the analyser would read, no more. */
export function fitArticleText(meta: ArticleMeta, paragraphs: readonly string[]): ContentToBackground {
  return { type: 'article-text', meta: fitMeta(meta), paragraphs: withinTextBudget(paragraphs.slice(0, LIMITS.paragraphs)) };
}

/** The page report as the background keeps it for the tab: its analysis fitted to the limits. */
export function fitPageReport(page: PageReport): PageReport {
  if (page.status !== 'article') return page;
  return { ...page, meta: fitMeta(page.meta), report: fitReport(page.report) };
}
