import {
  ANSWER_KEYS,
  createTranslator,
  FINDING_KIND_KEYS,
  LANGUAGES,
  SOURCE_KIND_KEYS,
  type Translate,
} from '@roundtable/i18n';

/** A field line of the template, as its label names it in any language (`Answer`, `Cavab`, `Ответ`). */
export type TemplateField = 'country' | 'year' | 'question' | 'answer' | 'kind' | 'finding' | 'sources';

/**
 * A heading's or label's text compared without case or Unicode form:
 * `Xülasə`, `XÜLASƏ` and a decomposed `Xülasə` are one, and so are `İl`,
 * `IL` and `il` (the dot that lower-casing leaves on a capital İ is dropped).
 */
export function templateFold(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/i\u0307/g, 'i');
}

const translators: readonly Translate[] = LANGUAGES.map((language) => createTranslator(language));

/** Every language's message for `key`, folded. */
function everyLanguage(key: string, values?: Record<string, string>): Set<string> {
  return new Set(translators.map((t) => templateFold(t(key, values))));
}

/** Every language's label of each value of a vocabulary (the export's words), folded. */
function labelsOf<T extends string>(keys: Record<T, string>): Map<string, T> {
  const labels = new Map<string, T>();
  for (const [value, key] of Object.entries(keys) as [T, string][]) {
    for (const label of everyLanguage(key)) labels.set(label, value);
  }
  return labels;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of the profile template in every language the export writes
 * (`export` and `vocabulary` catalogues of @roundtable/i18n), so a Markdown
 * or Word file exported in English, Azerbaijani or Russian reads back.
 */
export const TEMPLATE_WORDS = {
  summary: everyLanguage('export.profile.summary'),
  context: new Set([...everyLanguage('export.markdown.context'), ...everyLanguage('export.profile.context')]),
  /** Headings whose section is not imported: the standard introduction, the table of contents, key sources. */
  skipped: new Set([
    ...everyLanguage('export.profile.introduction'),
    ...everyLanguage('export.profile.contents'),
    ...everyLanguage('export.profile.keySources'),
  ]),
  /** `Domain <n>: <name>` in each language: group 1 is the number, group 2 the name. */
  domainHeadings: translators.map((t) => {
    const pattern = escapeRegExp(t('export.profile.domainHeading', { code: '\uE000', name: '\uE001' }))
      .replace('\uE000', '(\\d+)')
      .replace('\uE001', '(.+)')
      .replace(/:\s*/g, '\\s*:\\s*')
      .replace(/ /g, '\\s+');
    return new RegExp(`^${pattern}$`, 'iu');
  }),
  fields: new Map<string, TemplateField>([
    ...[...everyLanguage('export.field.country')].map((l) => [l, 'country'] as const),
    ...[...everyLanguage('export.field.year')].map((l) => [l, 'year'] as const),
    ...[...everyLanguage('export.field.question')].map((l) => [l, 'question'] as const),
    ...[...everyLanguage('export.field.answer')].map((l) => [l, 'answer'] as const),
    ...[...everyLanguage('export.field.kind')].map((l) => [l, 'kind'] as const),
    ...[...everyLanguage('export.field.finding')].map((l) => [l, 'finding'] as const),
    ...[...everyLanguage('export.field.sources')].map((l) => [l, 'sources'] as const),
  ]),
  /** What a field holds when it has no value (`not set`, `göstərilməyib`, `не указано`). */
  notSet: everyLanguage('export.value.notSet'),
  answers: labelsOf(ANSWER_KEYS),
  findingKinds: labelsOf(FINDING_KIND_KEYS),
  sourceKinds: labelsOf(SOURCE_KIND_KEYS),
};
