import { describe, expect, it } from 'vitest';
import { type PresenceIdentity, readPresenceIdentity, stampPresenceIdentity } from './presenceIdentity.ts';

const olga: PresenceIdentity = {
  personId: 'inv_olga',
  name: 'Olga Ivanova',
  organisation: 'Ministry of Health',
  role: 'observer',
};

describe('stampPresenceIdentity', () => {
  it('overwrites the claimed name, organisation and role and keeps the rest of the state', () => {
    const claimed = {
      name: 'Fatou (IOM)',
      color: '#c0396b',
      anchorPos: { x: 1 },
      awarenessData: { organisation: 'IOM Veloria Office', role: 'facilitator', theme: 'dark' },
    };
    expect(stampPresenceIdentity(claimed, olga)).toEqual({
      name: 'Olga Ivanova',
      color: '#c0396b',
      anchorPos: { x: 1 },
      awarenessData: { organisation: 'Ministry of Health', role: 'observer', theme: 'dark', personId: 'inv_olga' },
    });
  });

  it('replaces awarenessData that is not an object', () => {
    expect(stampPresenceIdentity({ awarenessData: ['facilitator'] }, olga).awarenessData).toEqual({
      personId: 'inv_olga',
      organisation: 'Ministry of Health',
      role: 'observer',
    });
  });

  // The server relays a state untouched when stamping changes nothing: that needs the same text back.
  it('gives back the same JSON text for a state that already tells the truth', () => {
    const text = JSON.stringify({
      name: 'Olga Ivanova',
      color: '#000',
      awarenessData: { organisation: 'Ministry of Health', role: 'observer', personId: 'inv_olga' },
    });
    expect(JSON.stringify(stampPresenceIdentity(JSON.parse(text), olga))).toBe(text);
  });
});

describe('readPresenceIdentity', () => {
  it('reads what the server stamped, and null for what is missing or malformed', () => {
    expect(readPresenceIdentity(stampPresenceIdentity({}, olga))).toEqual(olga);
    expect(readPresenceIdentity({ name: '', awarenessData: ['observer'] })).toEqual({
      personId: null,
      name: null,
      organisation: null,
      role: null,
    });
    expect(readPresenceIdentity({ name: 'Ann', awarenessData: { role: 7 } })).toEqual({
      personId: null,
      name: 'Ann',
      organisation: null,
      role: null,
    });
  });
});
