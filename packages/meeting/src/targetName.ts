import { FORMAT_LOCALES, type Language, type Translate } from '@roundtable/i18n';
import type { MeetingOutline } from './MeetingOutline.ts';
import type { MeetingTarget } from './MeetingTarget.ts';

/**
 * How people read `target`, in the language of `t`: as the draft names it
 * (`2.4 Lead migration agency`, `Domain 2: Whole-of-government approach`,
 * `Summary`), or by its id when there is no outline or the draft no longer
 * has it (`indicator 9.9`, `domain 5`, `section context`). Domain titles and
 * section labels are the draft's own words; only the frame around them is
 * translated (`minutes.target.*`). `t` is the client's `translate` (the
 * interface's language) or the server's `createTranslator(language)`.
 *
 * @example
 * targetName({ kind: 'domain', domain: 2 }, outline, createTranslator('ru')) // 'Область 2: Whole-of-government approach'
 */
export function targetName(target: MeetingTarget, outline: MeetingOutline | null, t: Translate): string {
  switch (target.kind) {
    case 'indicator': {
      const indicator = outline?.domains.flatMap((d) => d.indicators).find((i) => i.id === target.indicatorId);
      return indicator === undefined
        ? t('minutes.target.indicatorById', { id: target.indicatorId })
        : `${indicator.id} ${indicator.title}`;
    }
    case 'domain': {
      const domain = outline?.domains.find((d) => d.code === target.domain);
      return domain === undefined
        ? t('minutes.target.domainByCode', { code: target.domain })
        : t('minutes.target.domain', { code: domain.code, title: domain.title });
    }
    case 'section': {
      const section = outline?.sections.find((s) => s.anchor === target.section);
      return section?.label ?? t('minutes.target.sectionByAnchor', { section: target.section });
    }
  }
}

/** `label` lower-cased for the middle of a sentence in `language` (`Missing source` -> `missing source`). */
export function inSentence(label: string, language: Language): string {
  return label.toLocaleLowerCase(FORMAT_LOCALES[language]);
}
