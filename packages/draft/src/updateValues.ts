import * as Y from 'yjs';
import type { YKind } from './draftSchema.ts';
import { type AnyType, attributeOf } from './draftTree.ts';

/** The value an attribute item sets: the last of its `ContentAny` values; undefined for a removal. */
export function attributeValueOf(item: Y.Item): unknown {
  const content = item.content;
  if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
  if (content instanceof Y.ContentDeleted) return undefined;
  return INVALID_VALUE;
}

/** Stands for a value of a kind no attribute takes (a string run, a shared type, binary). */
export const INVALID_VALUE = Symbol('not an attribute value');

/** Attribute `key` of the type an item holds (undefined when it holds none). */
export function attributeOfItem(item: Y.Item, key: string): unknown {
  return item.content instanceof Y.ContentType ? attributeOf(item.content.type, key) : undefined;
}

/** Which Yjs shared type `type` is, in the schema's terms. */
export function yKindOf(type: AnyType): YKind | undefined {
  if (type.constructor === Y.XmlText) return 'XmlText';
  if (type.constructor === Y.XmlElement) return 'XmlElement';
  if (type.constructor === Y.Map) return 'Map';
  return undefined;
}

/** A value as a refusal shows it: JSON, cut to 40 characters. */
export function preview(value: unknown): string {
  if (value === INVALID_VALUE) return 'a value of that kind';
  if (value === undefined) return 'removed';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…"` : text;
}
