// Titles of communal (housing and utilities) projects: water, gas, heat, sewerage, housing, yards.
import { STREETS } from "../vocabulary/places";
import { anywhere, cityOnly, type TitleTemplate, villageOnly } from "./types";

export const COMMUNAL_NEW: TitleTemplate[] = [
  { kind: "water", weight: villageOnly(4), make: ({ place }) => ({ ru: `Строительство водопровода ${place.ruIn}`, kk: `${place.kkLoc} су құбырын салу` }) },
  { kind: "water", weight: anywhere(2), make: ({ place }) => ({ ru: `Строительство разводящих сетей водоснабжения ${place.ru}`, kk: `${place.kkGen} сумен жабдықтаудың таратушы желілерін салу` }) },
  { kind: "gas", weight: anywhere(2), make: ({ place }) => ({ ru: `Строительство газораспределительных сетей ${place.ru}`, kk: `${place.kkGen} газ тарату желілерін салу` }) },
  { kind: "heating", weight: villageOnly(1), make: ({ place }) => ({ ru: `Строительство котельной ${place.ruIn}`, kk: `${place.kkLoc} қазандық салу` }) },
  { kind: "sewer", weight: anywhere(1), make: ({ place }) => ({ ru: `Строительство канализационных сетей ${place.ru}`, kk: `${place.kkGen} кәріз желілерін салу` }) },
  { kind: "housing", weight: cityOnly(3), make: ({ place, rng }) => {
    const flats = rng.pick([45, 60, 80, 120, 160]);
    return { ru: `Строительство ${flats}-квартирного арендного жилого дома ${place.ruIn}`, kk: `${place.kkLoc} ${flats} пәтерлі жалға берілетін тұрғын үй салу`, size: flats };
  } },
];

export const COMMUNAL_CAPITAL: TitleTemplate[] = [
  { kind: "water", weight: anywhere(3), make: ({ place }) => ({ ru: `Реконструкция водопроводных сетей ${place.ru}`, kk: `${place.kkGen} су құбыры желілерін қайта жаңарту` }) },
  { kind: "heating", weight: cityOnly(2), make: ({ place }) => ({ ru: `Капитальный ремонт тепловых сетей, ${place.ru}`, kk: `${place.kkGen} жылу желілерін күрделі жөндеу` }) },
  { kind: "housing", weight: cityOnly(3), make: ({ place, rng }) => {
    const [ru, kk] = rng.pick(STREETS);
    const house = rng.int(1, 120);
    return { ru: `Капитальный ремонт многоквартирного жилого дома по ул. ${ru}, ${house}, ${place.ru}`, kk: `${place.kk}, ${kk} көшесі, ${house} мекенжайындағы көппәтерлі тұрғын үйді күрделі жөндеу` };
  } },
  { kind: "heating", weight: villageOnly(1.5), make: ({ place }) => ({ ru: `Капитальный ремонт котельной, ${place.ru}`, kk: `${place.kkAt} қазандықты күрделі жөндеу` }) },
  { kind: "sewer", weight: cityOnly(1), make: ({ place }) => ({ ru: `Капитальный ремонт канализационных сетей, ${place.ru}`, kk: `${place.kkGen} кәріз желілерін күрделі жөндеу` }) },
];

export const COMMUNAL_CURRENT: TitleTemplate[] = [
  { kind: "yard", weight: anywhere(3), make: ({ place }) => ({ ru: `Благоустройство дворовых территорий, ${place.ru}`, kk: `${place.kkGen} аулаішілік аумақтарын абаттандыру` }) },
  { kind: "lighting", weight: anywhere(2), make: ({ place }) => ({ ru: `Текущий ремонт уличного освещения, ${place.ru}`, kk: `${place.kkGen} көше жарықтандыруын ағымдағы жөндеу` }) },
  { kind: "water", weight: villageOnly(2), make: ({ place }) => ({ ru: `Текущий ремонт водопроводных сетей, ${place.ru}`, kk: `${place.kkGen} су құбыры желілерін ағымдағы жөндеу` }) },
  { kind: "housing", weight: cityOnly(2), make: ({ place }) => ({ ru: `Текущий ремонт подъездов многоквартирных жилых домов, ${place.ru}`, kk: `${place.kkAt} көппәтерлі тұрғын үйлердің кіреберістерін ағымдағы жөндеу` }) },
];
