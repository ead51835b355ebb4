// Names of demo workers: Kazakh names with Russian-form patronymics (Ерлан Серикович), Kazakh
// names with Kazakh patronymics (Ерлан Серікұлы), or Russian names, in regional proportions.
import type { Random } from "./random";
import {
  KAZAKH_FATHER_NAMES, KAZAKH_FEMALE_NAMES, KAZAKH_MALE_NAMES, KAZAKH_SURNAMES,
  RUSSIAN_FEMALE_NAMES, RUSSIAN_MALE_NAMES, RUSSIAN_PATRONYMICS, RUSSIAN_SURNAMES,
} from "./vocabulary/people";
import { REGION_FLAVOUR } from "./vocabulary/regionFlavour";

export type NameStyle = 0 | 1 | 2;
const KAZAKH_RUSSIAN_FORM: NameStyle = 0;
const KAZAKH_KAZAKH_FORM: NameStyle = 1;
const RUSSIAN: NameStyle = 2;

export type PickedName = { style: NameStyle; surname: number; given: number; patronymic: number };

export function pickName(regionCode: string, female: boolean, rng: Random): PickedName {
  const russian = rng.chance(REGION_FLAVOUR[regionCode]?.russianWorkers ?? 0.1);
  if (russian) {
    return {
      style: RUSSIAN,
      surname: rng.int(0, RUSSIAN_SURNAMES.length - 1),
      given: rng.int(0, (female ? RUSSIAN_FEMALE_NAMES : RUSSIAN_MALE_NAMES).length - 1),
      patronymic: rng.int(0, RUSSIAN_PATRONYMICS.length - 1),
    };
  }
  return {
    style: rng.chance(0.12) ? KAZAKH_KAZAKH_FORM : KAZAKH_RUSSIAN_FORM,
    surname: rng.int(0, KAZAKH_SURNAMES.length - 1),
    given: rng.int(0, (female ? KAZAKH_FEMALE_NAMES : KAZAKH_MALE_NAMES).length - 1),
    patronymic: rng.int(0, KAZAKH_FATHER_NAMES.length - 1),
  };
}

/** "Ахметова Айгерим Сериковна": surname, given name, patronymic, as documents write it. */
export function fullName(style: number, female: boolean, surname: number, given: number, patronymic: number): string {
  if (style === RUSSIAN) {
    const family = RUSSIAN_SURNAMES[surname]! + (female ? "а" : "");
    const first = (female ? RUSSIAN_FEMALE_NAMES : RUSSIAN_MALE_NAMES)[given]!;
    return `${family} ${first} ${RUSSIAN_PATRONYMICS[patronymic]![female ? 1 : 0]}`;
  }
  const family = KAZAKH_SURNAMES[surname]! + (female ? "а" : "");
  const first = (female ? KAZAKH_FEMALE_NAMES : KAZAKH_MALE_NAMES)[given]!;
  const [stem, kazakhStem] = KAZAKH_FATHER_NAMES[patronymic]!;
  const father = style === KAZAKH_KAZAKH_FORM ? `${kazakhStem}${female ? "қызы" : "ұлы"}` : `${stem}${female ? "овна" : "ович"}`;
  return `${family} ${first} ${father}`;
}
