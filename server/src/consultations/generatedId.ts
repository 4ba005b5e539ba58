import { randomBytes } from 'node:crypto';

/** A fresh consultation id: a slug of the country and 8 random hex digits, e.g. `veloria-1f2e3d4c`. */
export function generatedId(country: string): string {
  const slug = country
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'consultation'}-${randomBytes(4).toString('hex')}`;
}
