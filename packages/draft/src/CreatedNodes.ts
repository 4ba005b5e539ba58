import * as Y from 'yjs';
import type { Refusal } from './Refusal.ts';
import { attributeValueOf } from './updateValues.ts';

/**
 * The attributes an update writes on the shared types it creates, by the
 * item holding each type: a new node's `__type`, its fields. Yjs keeps the
 * last value of an attribute only when it overwrites the one before (names
 * it as origin); two values side by side are ordered by Yjs's conflict
 * rules, not by wire order, so they are refused.
 */
export class CreatedNodes {
  private readonly values = new Map<Y.Item, Map<string, unknown>>();
  private readonly writers = new Map<Y.Item, Map<string, Y.Item>>();

  /** Records that `item` sets `key` of the type `holder` holds; a refusal when it cannot be read as one value. */
  record(holder: Y.Item, key: string, item: Y.Item): Refusal | null {
    let values = this.values.get(holder);
    let writers = this.writers.get(holder);
    if (values === undefined || writers === undefined) {
      values = new Map();
      writers = new Map();
      this.values.set(holder, values);
      this.writers.set(holder, writers);
    }
    const previous = writers.get(key);
    if (previous !== undefined && (item.origin === null || !Y.compareIDs(item.origin, previous.lastId))) {
      return { code: 'schema', message: `two values for ${key} of a new node at once` };
    }
    writers.set(key, item);
    values.set(key, attributeValueOf(item));
    return null;
  }

  /** The value this update gives attribute `key` of the type `holder` holds, if any. */
  attribute(holder: Y.Item, key: string): unknown {
    return this.values.get(holder)?.get(key);
  }
}
