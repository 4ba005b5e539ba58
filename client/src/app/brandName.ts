/** The product's name: a name, the same in every language (not a catalogue message). */
export const BRAND_NAME = 'Roundtable';
