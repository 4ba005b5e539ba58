import { CloseCode } from '@roundtable/protocol';

/**
 * What the server's close codes mean to people, as catalogue keys (namespace
 * `errors`): the components translate them, so no language lives here. The
 * server's close reason is English and technical: it is shown only as a
 * secondary detail, under the translated text.
 */

/** The keys of a notice about a connection the server refused for good; `text` takes `{code}`. */
export interface RefusalKeys {
  title: string;
  text: string;
}

/** The permanent close codes (4400-4499) the server sends. */
type PermanentCode = Exclude<
  keyof typeof CloseCode,
  'Normal' | 'GoingAway' | 'MessageTooBig' | 'InternalError' | 'TryAgainLater'
>;

/** Every permanent close code's notice. */
export const REFUSAL_KEYS: Record<PermanentCode, RefusalKeys> = {
  Unauthorized: { title: 'errors.close.unauthorized.title', text: 'errors.close.unauthorized.text' },
  Forbidden: { title: 'errors.close.forbidden.title', text: 'errors.close.forbidden.text' },
  NotFound: { title: 'errors.close.notFound.title', text: 'errors.close.notFound.text' },
  UpdateRefused: { title: 'errors.close.updateRefused.title', text: 'errors.close.updateRefused.text' },
  Revoked: { title: 'errors.close.revoked.title', text: 'errors.close.revoked.text' },
  MessageTooLarge: { title: 'errors.close.messageTooLarge.title', text: 'errors.close.messageTooLarge.text' },
  BadMessage: { title: 'errors.close.badMessage.title', text: 'errors.close.badMessage.text' },
};

/** A refusal whose code has no notice of its own: its text names the code. */
export const UNKNOWN_REFUSAL_KEYS: RefusalKeys = { title: 'errors.close.other.title', text: 'errors.close.other.text' };

const PERMANENT = new Map<number, RefusalKeys>(
  Object.entries(REFUSAL_KEYS).map(([name, keys]) => [CloseCode[name as PermanentCode], keys]),
);

/**
 * The notice for a connection the server refused for good (the permanent
 * codes, 4400-4499, of `CloseCode`). A code without its own words gets a
 * general one, whose text takes `{code}`.
 *
 * @example
 * t(refusalKeys(CloseCode.Revoked).title); // 'Your invitation was withdrawn'
 */
export function refusalKeys(code: number): RefusalKeys {
  return PERMANENT.get(code) ?? UNKNOWN_REFUSAL_KEYS;
}
