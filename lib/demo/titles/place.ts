// Where a project is, in the grammatical forms its Russian and Kazakh titles need.
// Kazakh case endings attach to the generic word (ауыл, қала, ықшамаудан), so vowel harmony
// never depends on the place's own name: "Ақкөл ауылында", "Көкшетау қаласының".

import type { NamePair } from "../vocabulary/places";

export type Place = {
  /** Value of Project.settlement: "с. Кызылжар", "г. Кокшетау", "г. Алматы". */
  settlement: string;
  ru: string; // с. Кызылжар | г. Кокшетау | мкр. Шугыла, г. Алматы
  ruIn: string; // в с. Кызылжар | в г. Кокшетау | в мкр. Шугыла, г. Алматы
  kk: string; // Қызылжар ауылы
  kkLoc: string; // Қызылжар ауылында
  kkGen: string; // Қызылжар ауылының
  kkAt: string; // Қызылжар ауылындағы
  kkDat: string; // Қызылжар ауылына
  isCity: boolean;
  /** The bare Russian and Kazakh name, for road sections. */
  name: NamePair;
};

function kazakhForms(stem: string, third: "ы" | "сы") {
  const base = third === "сы" ? `${stem}сы` : `${stem}ы`;
  return { kk: base, kkLoc: `${base}нда`, kkGen: `${base}ның`, kkAt: `${base}ндағы`, kkDat: `${base}на` };
}

export function villagePlace(name: NamePair): Place {
  const [ru, kk] = name;
  return { settlement: `с. ${ru}`, ru: `с. ${ru}`, ruIn: `в с. ${ru}`, ...kazakhForms(`${kk} ауыл`, "ы"), isCity: false, name };
}

export function townPlace(name: NamePair): Place {
  const [ru, kk] = name;
  return { settlement: `г. ${ru}`, ru: `г. ${ru}`, ruIn: `в г. ${ru}`, ...kazakhForms(`${kk} қала`, "сы"), isCity: true, name };
}

export function microdistrictPlace(city: NamePair, microdistrict: NamePair): Place {
  const where = `мкр. ${microdistrict[0]}, г. ${city[0]}`;
  return {
    settlement: `г. ${city[0]}`,
    ru: where,
    ruIn: `в ${where}`,
    ...kazakhForms(`${city[1]} қаласы ${microdistrict[1]} ықшамаудан`, "ы"),
    isCity: true,
    name: microdistrict,
  };
}
