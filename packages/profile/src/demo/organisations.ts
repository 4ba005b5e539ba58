import type { Organisation } from '../model.ts';

/**
 * Organisations taking part in the demo consultation. The Republic of Veloria
 * and every body listed here are fictional; only the IOM office is a generic
 * stand-in for the facilitating international organisation.
 */
export const demoOrganisations: Organisation[] = [
  { id: 'min-interior', name: 'Ministry of Interior', kind: 'ministry' },
  { id: 'min-labour', name: 'Ministry of Labour and Social Protection', kind: 'ministry' },
  { id: 'min-foreign-affairs', name: 'Ministry of Foreign Affairs', kind: 'ministry' },
  { id: 'min-health', name: 'Ministry of Health', kind: 'ministry' },
  { id: 'min-education', name: 'Ministry of Education and Science', kind: 'ministry' },
  { id: 'state-migration-service', name: 'State Migration Service', kind: 'state-agency' },
  { id: 'border-guard-service', name: 'State Border Guard Service', kind: 'state-agency' },
  { id: 'national-statistics-office', name: 'National Statistics Office', kind: 'state-agency' },
  { id: 'emergency-committee', name: 'State Committee for Emergency Situations', kind: 'state-agency' },
  { id: 'diaspora-committee', name: 'State Committee for Diaspora Affairs', kind: 'state-agency' },
  {
    id: 'parliament-human-rights-committee',
    name: 'National Assembly Committee on Human Rights and Migration',
    kind: 'parliament',
  },
  { id: 'estrava-legal-aid-centre', name: 'Estrava Legal Aid Centre', kind: 'ngo' },
  { id: 'migrant-solidarity-network', name: 'Migrant Solidarity Network of Veloria', kind: 'ngo' },
  { id: 'centre-for-safe-migration', name: 'Centre for Safe Migration', kind: 'ngo' },
  {
    id: 'estrava-state-university',
    name: 'Estrava State University, Centre for Migration Studies',
    kind: 'academia',
  },
  { id: 'iom-veloria', name: 'IOM Veloria Office', kind: 'international-organisation' },
];
