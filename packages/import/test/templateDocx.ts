import { type Consultation, DOMAINS } from '@roundtable/profile';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/**
 * A Word file laid out as the profile export lays it out (title page, a
 * "Contents" heading, Heading 1 per section and domain, Heading 2 per
 * indicator, bold field labels, a "Sources" line and one bullet per source
 * as `<kind> (<year>): <title>`), made with the `docx` library: the
 * importer's test and benchmark fixture until the export's writer is merged.
 */
export async function templateDocx(
  profile: Consultation,
  extra: { inLastFinding?: Paragraph[] } = {},
): Promise<Uint8Array> {
  const field = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  const body: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: profile.title, bold: true, size: 48 })] }),
    new Paragraph(profile.country),
    new Paragraph(String(profile.year)),
    new Paragraph('Migration Governance Indicators'),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Contents')] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Summary' }),
    ...paras(profile.summary),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Country context' }),
    ...paras(profile.context),
  ];
  for (const domain of DOMAINS) {
    const indicators = profile.indicators.filter((i) => i.domain === domain.code);
    if (indicators.length === 0) continue;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Domain ${domain.code}: ${domain.title}` }));
    for (const i of indicators) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${i.id} ${i.title}` }));
      body.push(field('Question', i.question), field('Answer', i.answer), field('Kind', i.kind));
      body.push(...paras(i.finding));
      if (i === profile.indicators.at(-1)) body.push(...(extra.inLastFinding ?? []));
      body.push(new Paragraph({ children: [new TextRun({ text: 'Sources', bold: true })] }));
      for (const s of i.sources) {
        const year = s.year === undefined ? '' : ` (${s.year})`;
        body.push(new Paragraph({ bullet: { level: 0 }, text: `${s.kind}${year}: ${s.title}` }));
      }
    }
  }
  const doc = new Document({ sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function paras(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => new Paragraph(p));
}
