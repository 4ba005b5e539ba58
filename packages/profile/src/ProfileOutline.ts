import type { IndicatorStatus } from './vocabulary.ts';

/**
 * The outline of a draft profile: its sections, and its domains with their
 * indicators and statuses, in document order. The server reads it from the
 * draft's Y.Doc (`readDraftOutline` in @roundtable/draft); the client's
 * Lexical outline (`readOutline` in @roundtable/editor) has this shape too.
 */
export interface ProfileOutline {
  sections: readonly { anchor: string; label: string }[];
  domains: readonly {
    code: number;
    title: string;
    indicators: readonly { id: string; title: string; status: IndicatorStatus }[];
  }[];
}
