import { describe, expect, it } from 'vitest';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { describeField, mayEditContent, maySetAttribute, type Zone } from './draftRights.ts';
import { attributeRule } from './draftSchema.ts';

const participant: DraftWriter = { kind: 'member', role: 'participant' };
const facilitator: DraftWriter = { kind: 'member', role: 'facilitator' };
const observer: DraftWriter = { kind: 'member', role: 'observer' };
const server: DraftWriter = { kind: 'server' };
const finding: Zone = { kind: 'finding', indicatorId: '1.2' };
const locked: DraftPolicyContext = { lockOf: (id) => (id === '1.2' ? 'indicator 1.2 is locked' : null) };
const closed: DraftPolicyContext = { closed: 'the draft is closed' };

function rule(type: string, key: string) {
  const found = attributeRule(type, key);
  if (found === undefined) throw new Error(`no rule for ${key} of ${type}`);
  return found;
}

describe('describeField', () => {
  it('names an indicator’s fields in words, anything else by key and node type', () => {
    expect(describeField('__status', 'indicator', '1.2')).toBe('the status of indicator 1.2');
    expect(describeField('__answer', 'indicator', null)).toBe('the answer of indicator ?');
    expect(describeField('__title', 'section-heading', null)).toBe('__title of a section-heading');
    expect(describeField('__indent', 'indicator', '1.2')).toBe('__indent of indicator 1.2');
    expect(describeField('__format', 'paragraph', '1.2')).toBe('__format of a paragraph');
  });
});

describe('mayEditContent', () => {
  it('lets the server change anything', () => {
    for (const zone of [{ kind: 'root' }, { kind: 'heading' }, finding, { kind: 'section', section: null }] as Zone[]) {
      expect(mayEditContent(server, zone, { ...locked, ...closed })).toBeNull();
    }
  });

  it('keeps the structure and the headings to the server', () => {
    expect(mayEditContent(facilitator, { kind: 'root' }, {})).toEqual({
      code: 'structure',
      message: 'the profile’s structure is changed by the server only',
    });
    expect(mayEditContent(facilitator, { kind: 'heading' }, {})).toEqual({
      code: 'structure',
      message: 'headings are changed by the server only',
    });
  });

  it('opens findings and editable sections to roles that edit, unless locked or closed', () => {
    expect(mayEditContent(participant, finding, {})).toBeNull();
    expect(mayEditContent(participant, { kind: 'finding', indicatorId: '1.1' }, locked)).toBeNull();
    expect(mayEditContent(participant, finding, locked)).toEqual({
      code: 'locked',
      message: 'indicator 1.2 is locked',
      indicatorId: '1.2',
    });
    expect(mayEditContent(participant, finding, closed)).toEqual({ code: 'closed', message: 'the draft is closed' });
    expect(mayEditContent(observer, finding, {})).toEqual({
      code: 'read-only',
      message: 'a observer may not edit the draft',
    });
    expect(mayEditContent(participant, { kind: 'section', section: 'summary' }, {})).toBeNull();
    expect(mayEditContent(participant, { kind: 'section', section: 'introduction' }, {})).toEqual({
      code: 'read-only',
      message: 'the section “introduction” is standard text and read-only',
    });
    expect(mayEditContent(participant, { kind: 'section', section: 'annex' }, {})).toEqual({
      code: 'read-only',
      message: 'the section “annex” is standard text and read-only',
    });
    expect(mayEditContent(participant, { kind: 'section', section: 'toString' }, {})).toMatchObject({
      code: 'read-only',
    });
    expect(mayEditContent(participant, { kind: 'section', section: null }, {})).toEqual({
      code: 'read-only',
      message: 'text outside the profile’s sections is standard text and read-only',
    });
  });
});

describe('maySetAttribute', () => {
  it('lets the server set any field', () => {
    expect(
      maySetAttribute(server, rule('indicator', '__status'), finding, '__status', 'indicator', '1.2', {}),
    ).toBeNull();
  });

  it('treats editor attributes like content', () => {
    const indent = rule('paragraph', '__indent');
    expect(maySetAttribute(participant, indent, finding, '__indent', 'paragraph', '1.2', {})).toBeNull();
    expect(maySetAttribute(participant, indent, finding, '__indent', 'paragraph', '1.2', locked)).toMatchObject({
      code: 'locked',
    });
    expect(maySetAttribute(participant, indent, { kind: 'heading' }, '__indent', 'paragraph', null, {})).toMatchObject({
      code: 'structure',
    });
  });

  it('refuses server-owned fields, naming the indicator when there is one', () => {
    expect(
      maySetAttribute(facilitator, rule('indicator', '__status'), finding, '__status', 'indicator', '1.2', {}),
    ).toEqual({
      code: 'field',
      message: 'the status of indicator 1.2 is set by facilitators through the API',
      indicatorId: '1.2',
    });
    expect(
      maySetAttribute(
        facilitator,
        rule('section-heading', '__label'),
        { kind: 'heading' },
        '__label',
        'section-heading',
        null,
        {},
      ),
    ).toEqual({ code: 'field', message: '__label of a section-heading is fixed: it changes through the server only' });
  });

  it('gives facilitator-owned fields to roles that edit fields, unless locked or closed', () => {
    const answer = rule('indicator', '__answer');
    expect(maySetAttribute(participant, answer, finding, '__answer', 'indicator', '1.2', {})).toEqual({
      code: 'field',
      message: 'the answer of indicator 1.2 is changed by facilitators only',
      indicatorId: '1.2',
    });
    expect(maySetAttribute(facilitator, answer, finding, '__answer', 'indicator', '1.2', {})).toBeNull();
    expect(maySetAttribute(facilitator, answer, finding, '__answer', 'indicator', '1.2', closed)).toEqual({
      code: 'closed',
      message: 'the draft is closed',
    });
    expect(maySetAttribute(facilitator, answer, finding, '__answer', 'indicator', '1.2', locked)).toEqual({
      code: 'locked',
      message: 'indicator 1.2 is locked',
      indicatorId: '1.2',
    });
    expect(maySetAttribute(facilitator, answer, finding, '__answer', 'indicator', null, locked)).toBeNull();
  });
});
