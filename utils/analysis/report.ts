/**
 * The analysis report: what the analyser finds in one article.
 * Its JSON form is the contract read by ../shared/eval/score.mjs (see REPORT.md there);
 * `paragraph` fields are ours, used to find a sentence again in the page.
 */

export type SourceKind = 'named' | 'organization' | 'anonymous';

export interface Mention {
  /** The whole sentence that carries the attribution, as it reads in the article. */
  sentence: string;
  /** Index of the paragraph (in the extracted article text) that holds the sentence. */
  paragraph: number;
  /** The quoted words, if the attribution carries a direct quote. */
  quote?: string;
}

export interface Source {
  kind: SourceKind;
  /** Named people and organisations: the name as first written in full. */
  name?: string;
  /** Other forms of the name the article uses ("Ms. Varga"). */
  aliases?: string[];
  /** The role of a named person, or the descriptor of an anonymous source. */
  description?: string;
  /** Anonymous sources only: the stated reason for anonymity, verbatim, if any. */
  anonymityReason?: string;
  mentions: Mention[];
}

export type DenialType = 'denial' | 'no_comment' | 'no_response';

export interface Denial {
  type: DenialType;
  sentence: string;
  paragraph: number;
  /** Who denied or did not answer, if the sentence says. */
  by?: string;
}

export interface AnalysisReport {
  isArticle: boolean;
  title: string;
  sources: Source[];
  denials: Denial[];
}

/** Counts shown in the panel and kept in the reading history. */
export interface SourcingSummary {
  named: number;
  organizations: number;
  /** Anonymous attributions: one per sentence that makes one. */
  anonymous: number;
  denials: number;
  /** All attributions: every mention of every source. */
  attributions: number;
  /** Anonymous attributions as a share of all attributions (0 when there are none). */
  anonymousShare: number;
  /** Names of the named people and organisations, in order of first appearance. */
  names: string[];
  /** Descriptors of the anonymous sources. */
  descriptors: string[];
}

export function summarise(report: AnalysisReport): SourcingSummary {
  const of = (kind: SourceKind) => report.sources.filter((s) => s.kind === kind);
  const named = of('named');
  const orgs = of('organization');
  const anonymous = of('anonymous');
  const anonymousMentions = anonymous.reduce((n, s) => n + s.mentions.length, 0);
  const allMentions = report.sources.reduce((n, s) => n + s.mentions.length, 0);
  return {
    named: named.length,
    organizations: orgs.length,
    anonymous: anonymousMentions,
    denials: report.denials.length,
    attributions: allMentions,
    anonymousShare: allMentions === 0 ? 0 : anonymousMentions / allMentions,
    names: [...named, ...orgs].map((s) => s.name ?? '').filter(Boolean),
    descriptors: anonymous.map((s) => s.description ?? '').filter(Boolean),
  };
}
