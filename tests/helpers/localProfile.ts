import { type Consultation, demoConsultation, type Indicator } from '@roundtable/profile';

const indicator = (id: string, title: string, finding: string): Indicator => ({
  id,
  domain: 2,
  subArea: 'Institutions',
  title,
  question: `${title}?`,
  answer: 'partial',
  kind: 'potential-for-development',
  finding,
  sources: [],
  status: 'not-discussed',
});

/**
 * Test support: a city-level profile whose indicator ids are not the
 * national `<domain>.<n>` ones, with a finding of two paragraphs. Seed a
 * draft with `createDraftUpdate(localProfile(id))`.
 */
export function localProfile(id: string): Consultation {
  return {
    ...demoConsultation,
    id,
    title: 'Local Migration Governance Profile: City of Estrava (draft)',
    level: 'local',
    indicators: [
      indicator(
        'L2.1',
        'Municipal migration office',
        'Estrava opened a Migrant Integration Office in 2022.\n\nIt has four staff and no budget line of its own.',
      ),
      indicator('L2.2', 'City council committee', 'The city council has no committee on migration.'),
    ],
  };
}
