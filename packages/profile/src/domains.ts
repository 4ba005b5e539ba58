/** The six domains of the Migration Governance Framework, in publication order. */
export type DomainCode = 1 | 2 | 3 | 4 | 5 | 6;

export interface Domain {
  code: DomainCode;
  title: string;
  /** Typical sub-areas the domain's indicators are grouped under. */
  subAreas: readonly string[];
}

export const DOMAINS: readonly Domain[] = [
  {
    code: 1,
    title: "Migrants' rights",
    subAreas: ['Social services', 'Family reunification', 'Work', 'Residency and citizenship', 'Civic participation'],
  },
  {
    code: 2,
    title: 'Whole-of-government approach',
    subAreas: ['Institutions', 'Strategy', 'Legal framework', 'Transparency', 'Migration data'],
  },
  {
    code: 3,
    title: 'Partnerships',
    subAreas: ['Regional cooperation', 'Global cooperation', 'Civil society and private sector'],
  },
  {
    code: 4,
    title: 'Well-being of migrants',
    subAreas: ['Skills recognition', 'Students', 'Labour agreements', 'Diaspora', 'Remittances'],
  },
  {
    code: 5,
    title: 'Mobility dimensions of crises',
    subAreas: ['Disaster and environmental change', 'Conflict preparedness', 'Displacement'],
  },
  {
    code: 6,
    title: 'Safe, orderly and regular migration',
    subAreas: ['Border management', 'Admission', 'Trafficking and smuggling', 'Return'],
  },
];

export function domainOf(indicatorId: string): DomainCode | undefined {
  const code = Number(indicatorId.split('.')[0]);
  return DOMAINS.some((d) => d.code === code) ? (code as DomainCode) : undefined;
}
