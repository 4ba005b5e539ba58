export const ms = (v: number): string => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`;
export const us = (v: number): string => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} µs`;
export const count = (v: number): string => Math.round(v).toLocaleString('en-US');
export const bytes = (v: number): string =>
  v >= 1024 * 1024
    ? `${(v / 1024 / 1024).toFixed(1)} MB`
    : v >= 1024
      ? `${(v / 1024).toFixed(1)} KB`
      : `${v.toFixed(0)} B`;
export const percent = (v: number): string => `${(v * 100).toFixed(0)} %`;
export const times = (v: number): string => `${v.toFixed(2)}×`;
/** A duration given in ms, in µs below one millisecond. */
export const duration = (v: number): string => (v < 1 ? us(v * 1000) : ms(v));
