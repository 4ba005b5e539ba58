/**
 * The language dates and times are written in. Every `Intl` formatter of the
 * client takes it from here, so translating the interface changes this one
 * value for them.
 */
export const LOCALE = 'en-GB';
