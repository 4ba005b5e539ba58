import { INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';

/** A meeting status as the draft and the select write it (`not-discussed`, ...). */
export function isIndicatorStatus(value: string | undefined): value is IndicatorStatus {
  return (INDICATOR_STATUSES as readonly string[]).includes(value ?? '');
}
