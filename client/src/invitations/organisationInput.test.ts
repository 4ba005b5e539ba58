import { describe, expect, it } from 'vitest';
import { organisationInput } from './organisationInput.ts';

const organisations = [
  { id: 'min-interior', name: 'Ministry of Interior' },
  { id: 'state-migration-service', name: 'State Migration Service' },
];

describe('organisationInput', () => {
  it('sends the id of an organisation taking part, named whatever the case and spacing', () => {
    expect(organisationInput('  ministry   of interior ', organisations)).toBe('min-interior');
    expect(organisationInput('state-migration-service', organisations)).toBe('state-migration-service');
  });

  it('sends a body not on the list by name, and nothing for an empty field', () => {
    expect(organisationInput(' Veloria Bar  Association', organisations)).toEqual({ name: 'Veloria Bar Association' });
    expect(organisationInput('   ', organisations)).toBeNull();
  });
});
