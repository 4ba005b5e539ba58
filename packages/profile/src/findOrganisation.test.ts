import { describe, expect, it } from 'vitest';
import { findOrganisation, normaliseOrganisationName } from './findOrganisation.ts';

const organisations = [
  { id: 'min-interior', name: 'Ministry of Interior' },
  { id: 'state-migration-service', name: 'State  Migration Service' },
];

describe('findOrganisation', () => {
  it('finds an organisation taking part by its name, whatever the case and spacing', () => {
    expect(findOrganisation('  ministry   of INTERIOR ', organisations)?.id).toBe('min-interior');
    expect(findOrganisation('state migration service', organisations)?.id).toBe('state-migration-service');
  });

  it('finds an organisation by its id', () => {
    expect(findOrganisation('state-migration-service', organisations)?.id).toBe('state-migration-service');
    expect(findOrganisation(' MIN-INTERIOR', organisations)?.id).toBe('min-interior');
  });

  it('finds nothing for a body not on the list, or for empty text', () => {
    expect(findOrganisation('Veloria Bar Association', organisations)).toBeUndefined();
    expect(findOrganisation('Ministry of', organisations)).toBeUndefined();
    expect(findOrganisation('   ', organisations)).toBeUndefined();
  });
});

describe('normaliseOrganisationName', () => {
  it('trims and makes runs of whitespace one space', () => {
    expect(normaliseOrganisationName(' Veloria \t Bar\nAssociation ')).toBe('Veloria Bar Association');
  });
});
