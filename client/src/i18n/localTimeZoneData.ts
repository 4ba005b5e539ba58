/** Time zone data in the packed form of FormatJS's `Intl.DateTimeFormat.__addTZData`. */
export interface PackedTimeZoneData {
  abbrvs: string;
  offsets: string;
  zones: string[];
}

/** Minutes east of UTC at instant `ms` (an offset function, the engine's own by default). */
export type OffsetAt = (ms: number) => number;

const DAY = 86_400_000;
/** The span scanned for offset changes; an instant before it takes the offset of its start. */
const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2100, 0, 1);

/** The offset of this browser's own time zone, from the engine's time zone database (not from `Intl`). */
export function nativeOffsetAt(ms: number): number {
  // getTimezoneOffset counts minutes west of UTC; `|| 0` turns -0 into 0.
  return -new Date(ms).getTimezoneOffset() || 0;
}

interface Transition {
  /** First instant (ms, or -Infinity) with this offset. */
  at: number;
  offset: number;
}

/** The first millisecond in (`before`, `after`] whose offset differs from that at `before`. */
function changeBetween(offsetAt: OffsetAt, before: number, after: number): number {
  const offset = offsetAt(before);
  let lo = before;
  let hi = after;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Every change of offset between 1970 and 2100, found day by day and then to the millisecond. */
function transitions(offsetAt: OffsetAt): Transition[] {
  const found: Transition[] = [{ at: Number.NEGATIVE_INFINITY, offset: offsetAt(FROM) }];
  let previous = offsetAt(FROM);
  for (let day = FROM + DAY; day <= TO; day += DAY) {
    const offset = offsetAt(day);
    if (offset === previous) continue;
    const at = changeBetween(offsetAt, day - DAY, day);
    found.push({ at, offset: offsetAt(at) });
    previous = offset;
  }
  return found;
}

/** Whether `offset` is summer time: above the smaller of the offsets of 1 January and 1 July of that year. */
function isSummerTime(offsetAt: OffsetAt, at: number, offset: number): boolean {
  const year = new Date(Number.isFinite(at) ? at : FROM).getUTCFullYear();
  return offset > Math.min(offsetAt(Date.UTC(year, 0, 1)), offsetAt(Date.UTC(year, 6, 1)));
}

/**
 * The data FormatJS's DateTimeFormat polyfill needs for one time zone, made
 * from the engine's own knowledge of that zone (`offsetAt`, by default
 * `Date#getTimezoneOffset`, which only knows the browser's zone) instead of
 * downloading the IANA database: its offset changes from 1970 to 2100, found
 * to the millisecond, listed under each of `names` (the zone's name and any
 * alias the polyfill canonicalises it to), plus `UTC`. Abbreviations are left
 * empty: the polyfill writes zone names from locale data or as GMT offsets.
 *
 * @example
 * Intl.DateTimeFormat.__addTZData(localTimeZoneData(['Asia/Baku']));
 */
export function localTimeZoneData(names: readonly string[], offsetAt: OffsetAt = nativeOffsetAt): PackedTimeZoneData {
  const offsets: number[] = [0];
  const indexOf = (seconds: number) => {
    const index = offsets.indexOf(seconds);
    return index === -1 ? offsets.push(seconds) - 1 : index;
  };
  const entries = transitions(offsetAt).map(({ at, offset }) => {
    const since = Number.isFinite(at) ? Math.ceil(at / 1000).toString(36) : '';
    const dst = isSummerTime(offsetAt, at, offset) ? '1' : '0';
    return `${since},0,${indexOf(offset * 60)},${dst}`;
  });
  const zones = [...new Set(names)].filter((name) => name !== 'UTC').map((name) => [name, ...entries].join('|'));
  return {
    abbrvs: '',
    offsets: offsets.map((seconds) => seconds.toString(36)).join('|'),
    zones: [...zones, 'UTC|,0,0,0'],
  };
}
