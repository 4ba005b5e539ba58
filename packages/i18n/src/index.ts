export * from './catalogues.ts';
export * from './collate.ts';
export * from './createTranslator.ts';
export * from './languages.ts';
export * from './vocabularyKeys.ts';
