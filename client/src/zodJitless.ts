import { config } from 'zod';

// Imported first, before any schema is built: zod probes `new Function` once when it builds an
// object schema, to compile its parsers. The strict CSP forbids eval and Chromium reports the probe
// as a violation although zod catches it; parsing without compiled parsers is as correct.
config({ jitless: true });
