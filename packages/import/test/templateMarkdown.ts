import { type Consultation, DOMAINS } from '@roundtable/profile';

/**
 * A minimal writer of the profile template (docs/PROFILE-TEMPLATE.md), for
 * the importer's tests and benchmark only: the export's `profileMarkdown`
 * is the real one, and the round trip through it belongs with the merge of
 * both halves.
 */
export function templateMarkdown(profile: Consultation): string {
  const out: string[] = [
    `# ${escapeText(profile.title)}`,
    `**Country:** ${escapeText(profile.country)}`,
    `**Year:** ${profile.year}`,
  ];
  out.push('## Summary', ...paragraphs(profile.summary));
  out.push('## Context', ...paragraphs(profile.context));
  for (const domain of DOMAINS) {
    const indicators = profile.indicators.filter((i) => i.domain === domain.code);
    if (indicators.length === 0) continue;
    out.push(`## Domain ${domain.code}: ${escapeText(domain.title)}`);
    for (const i of indicators) {
      out.push(`### ${i.id} ${escapeText(i.title)}`, `**Question:** ${escapeText(i.question)}`);
      out.push(`**Answer:** ${i.answer}`, `**Kind:** ${i.kind}`, '**Finding:**', ...paragraphs(i.finding));
      if (i.sources.length === 0) out.push('**Sources:** none');
      else {
        out.push('**Sources:**');
        out.push(
          i.sources
            .map((s) => `- ${s.kind}${s.year === undefined ? '' : ` (${s.year})`}: ${escapeText(s.title)}`)
            .join('\n'),
        );
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map(escapeText);
}

/** CommonMark backslash escapes, as the template says. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&#!{}]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/gm, '\\$1')
    .replace(/^(\d+)([.)])/gm, '$1\\$2');
}
