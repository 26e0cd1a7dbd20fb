import type { DenialType, SourceKind } from '../utils/analysis/report';

/** The four kinds the UI colours: the three kinds of source, plus denials. */
export type DisplayKind = SourceKind | 'denial';

/** Singular and plural labels, e.g. for "1 denial" / "3 denials". */
export const KIND_LABELS: Record<DisplayKind, { one: string; many: string }> = {
  named: { one: 'Named', many: 'Named' },
  organization: { one: 'Organisation', many: 'Organisations' },
  anonymous: { one: 'Anonymous', many: 'Anonymous' },
  denial: { one: 'Denial', many: 'Denials' },
};

export const DENIAL_LABELS: Record<DenialType, string> = {
  denial: 'Denied',
  no_comment: 'Declined to comment',
  no_response: 'Did not respond',
};
