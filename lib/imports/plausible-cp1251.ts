// Whether bytes read as Windows-1251 give text an akimat could have written (decode.ts). Any byte
// is some cp1251 character, so other encodings read as cp1251 give wrong letters rather than
// errors; their tell-tale words are counted:
// - UTF-8 read as cp1251 ("РђС…РјРµС‚РѕРІ" for Ахметов) and Mac-Cyrillic ("Ђхметов") give
//   characters no Russian or Kazakh text holds: Serbian letters (ђ, Љ, Џ), €, ‰, ™;
// - Mac-Cyrillic turns other capitals into punctuation glued to a word ("…рлан", "‘атпаева");
// - KOI8-R swaps capitals and small letters ("еТЛАН" for Ерлан): a small letter then a capital;
// - Latin-1 and the like mix Latin and Cyrillic letters in one word ("Josй").
// A few such words among many are typing slips; more than a tenth is another encoding.

const CYRILLIC_UPPER = /[А-ЯЁІ]/;
const CYRILLIC_LOWER = /[а-яёі]/;
const LATIN = /[A-Za-z]/;
/** Punctuation of cp1251's upper half that Russian text does use. */
const USUAL_PUNCTUATION = "«»№–—„“”‘’…•°±§·©®\u00a0";
/** The ones Mac-Cyrillic capitals turn into: suspicious only when glued before a small letter. */
const GLUE = "„“”‘’…•–—";
const SUSPICIOUS_SHARE = 0.1;

function isCyrillic(c: string): boolean {
  return CYRILLIC_UPPER.test(c) || CYRILLIC_LOWER.test(c);
}

function isSuspiciousWord(word: string): boolean {
  let cyrillic = false;
  let latin = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1] ?? "";
    if (c.charCodeAt(0) < 0x80) {
      if (LATIN.test(c)) latin = true;
      continue;
    }
    if (isCyrillic(c)) {
      cyrillic = true;
      if (CYRILLIC_LOWER.test(c) && CYRILLIC_UPPER.test(next)) return true;
    } else if (!USUAL_PUNCTUATION.includes(c)) return true;
    else if (GLUE.includes(c) && CYRILLIC_LOWER.test(next)) return true;
  }
  return cyrillic && latin;
}

export function isPlausibleCp1251(text: string): boolean {
  let words = 0;
  let suspicious = 0;
  for (const word of text.split(/[\s;,"]+/)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    words++;
    if (isSuspiciousWord(word)) suspicious++;
  }
  return words > 0 && suspicious <= words * SUSPICIOUS_SHARE;
}
