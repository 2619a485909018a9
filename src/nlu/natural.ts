/**
 * The parts of `natural` Lotse uses, loaded module by module. natural's index pulls in dotenv (which
 * prints banner lines that break `--json` output unless DOTENV_CONFIG_QUIET is set) and an ESM-only
 * sentiment lexicon that jest cannot require; the deep requires below avoid both.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as NaturalModule from 'natural';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
type Natural = typeof NaturalModule;
const base = 'natural/lib/natural/';

/** The subset of the natural library Lotse uses, loaded quietly. */
export const natural = {
  AggressiveTokenizerDe: require(`${base}tokenizers/aggressive_tokenizer_de`) as Natural['AggressiveTokenizerDe'],
  PorterStemmerDe: require(`${base}stemmers/porter_stemmer_de`) as Natural['PorterStemmerDe'],
  JaroWinklerDistance: require(`${base}distance/jaro-winkler_distance`) as Natural['JaroWinklerDistance'],
};
