/**
 * Text normalisation for name look-ups across scripts: case-, diacritic- and punctuation-insensitive.
 * Latin diacritics are dropped (macramé → macrame); Indic nuktas and zero-width joiners are dropped and
 * chandrabindu is folded into anusvara (ज़री → जरी, बाँधनी → बांधनी); everything that is not a letter,
 * mark or digit becomes a single space.
 */
const LATIN_COMBINING = /[\u0300-\u036f]/g;
const INDIC_NUKTA = /[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_COMBINING, '')
    .replace(INDIC_NUKTA, '')
    .replace(ZERO_WIDTH, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u0981/g, '\u0982')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** The normalised form with spaces removed, so 'chikan kari' matches 'chikankari'. */
export function compactName(text: string): string {
  return normalizeName(text).replace(/ /g, '');
}

/** True when `phrase` (already normalised) occurs in `text` (already normalised) as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
}
