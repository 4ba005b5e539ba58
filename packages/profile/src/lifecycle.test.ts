import { describe, expect, it } from 'vitest';
import { closedDraftReason, lifecycleRefusal } from './lifecycle.ts';

describe('lifecycle', () => {
  it('moves one step forward, lets a validated consultation reopen, and keeps a published one final', () => {
    expect(lifecycleRefusal('draft', 'in-consultation')).toBeNull();
    expect(lifecycleRefusal('in-consultation', 'validated')).toBeNull();
    expect(lifecycleRefusal('validated', 'published')).toBeNull();
    expect(lifecycleRefusal('validated', 'in-consultation')).toBeNull();
    expect(lifecycleRefusal('draft', 'published')).toBe(
      'a consultation that is draft moves to in consultation, not published',
    );
    expect(lifecycleRefusal('published', 'validated')).toBe('a published consultation is final');
    expect(lifecycleRefusal('validated', 'validated')).toBe('the consultation is already validated');
  });

  it('closes the draft in validated and published only', () => {
    expect(closedDraftReason('draft')).toBeNull();
    expect(closedDraftReason('in-consultation')).toBeNull();
    expect(closedDraftReason('validated')).toBe('the consultation is validated: its draft is read-only');
    expect(closedDraftReason('published')).toBe('the consultation is published: its draft is read-only');
  });
});
