import { crafts, craftTerms } from '@shebalance/core/crafts/index';
import { districts, states, type District } from '@shebalance/core/geo/index';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { wordSet } from '../text/tokenize';

/** Gazetteers for craft, state and district names, built from the core taxonomy. */
export interface TaxonomyGazetteers {
  readonly crafts: Gazetteer<string>;
  readonly states: Gazetteer<string>;
  readonly districts: Gazetteer<District>;
  /** Two-letter state codes people type in capitals ('UP', 'MP', 'TN'), minus ones that are words. */
  readonly stateCodes: ReadonlySet<string>;
}

/** Codes that are everyday English or chat words when capitalised ('OR', 'AS', 'UT'…). */
const WORD_LIKE_CODES = new Set([
  'OR',
  'AS',
  'UT',
  'CT',
  'TG',
  'GA',
  'ML',
  'PB',
  'AN',
  'DH',
  'LA',
  'LD',
  'PY',
]);

/**
 * Single words that are names in the taxonomy but everyday words in chat ('mandi' = market,
 * 'nagar' = town, 'kal' = tomorrow); they still match as part of a longer name.
 */
const STOP_WORDS = wordSet([
  'kal',
  'mandi',
  'nagar',
  'sagar',
  'aaj',
  'ghar',
  'bagh',
  'daman',
  'mon',
  'kota',
  'purana',
  'kam',
  'kaam',
  'order',
  'work',
  'art',
  'print',
  'paint',
  'painting',
  'weaving',
  'embroidery',
  'dari',
  'kala',
  'gaya',
  'गया',
  'naya',
  'krishna',
  'कृष्णा',
]);

export function buildTaxonomyGazetteers(): TaxonomyGazetteers {
  return {
    crafts: buildGazetteer(
      crafts.map((craft) => ({ value: craft.id, terms: craftTerms(craft) })),
      STOP_WORDS,
    ),
    states: buildGazetteer(
      states.map((state) => ({ value: state.code, terms: [state.name, state.hi, ...state.aliases] })),
      STOP_WORDS,
    ),
    districts: buildGazetteer(
      districts.map((district) => ({
        value: district,
        terms: [district.name, district.hi, ...district.aliases],
      })),
      STOP_WORDS,
    ),
    stateCodes: new Set(states.map((state) => state.code).filter((code) => !WORD_LIKE_CODES.has(code))),
  };
}
