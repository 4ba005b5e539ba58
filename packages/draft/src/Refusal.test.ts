import { describe, expect, it } from 'vitest';
import { type Refusal, refusalReason } from './Refusal.ts';

const refusal = (message: string): Refusal => ({ code: 'field', message });
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('refusalReason', () => {
  it('names the first refusal and counts the others', () => {
    expect(refusalReason([])).toBe('refused');
    expect(refusalReason([refusal('the answer is changed by facilitators only')])).toBe(
      'refused: the answer is changed by facilitators only',
    );
    expect(refusalReason([refusal('first'), refusal('second'), refusal('third')])).toBe('refused: first (+2 more)');
  });

  it('fits a close frame (123 bytes of UTF-8), cutting the message with an ellipsis and keeping the count', () => {
    const exact = 'x'.repeat(123 - 'refused: '.length);
    expect(refusalReason([refusal(exact)])).toBe(`refused: ${exact}`);
    const long = refusalReason([refusal(`${exact}y`)]);
    expect(bytes(long)).toBeLessThanOrEqual(123);
    expect(long).toBe(`refused: ${exact.slice(0, -3)}…`);
    const counted = refusalReason([refusal('é'.repeat(200)), refusal('other')]);
    expect(counted.endsWith('… (+1 more)')).toBe(true);
    expect(bytes(counted)).toBeLessThanOrEqual(123);
    expect(bytes(counted)).toBeGreaterThan(115);
  });
});
