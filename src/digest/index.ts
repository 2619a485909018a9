/** The HR digest's pure core: pseudonyms, fingerprints, scoring, selection, plan and texts. */
export * from './types';
export * from './pseudonym';
export * from './fingerprint';
export * from './score';
export * from './select';
export * from './plan';
export * from './render';
export * from './schedule';
