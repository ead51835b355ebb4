// Titles of social infrastructure projects (schools, kindergartens, health posts, culture, sport).
import { KINDERGARTEN_NAMES } from "../vocabulary/places";
import { anywhere, type TitleTemplate, villageOnly } from "./types";

const schoolNo = (rng: { int(a: number, b: number): number }) => rng.int(1, 48);

export const SOCIAL_NEW: TitleTemplate[] = [
  { kind: "school", weight: anywhere(3), make: ({ place, rng }) => {
    const seats = rng.pick(place.isCity ? [900, 1200, 1500] : [150, 300, 600, 900]);
    return { ru: `Строительство средней школы на ${seats} мест ${place.ruIn}`, kk: `${place.kkLoc} ${seats} орындық орта мектеп салу`, size: seats };
  } },
  { kind: "kindergarten", weight: anywhere(3), make: ({ place, rng }) => {
    const places = rng.pick([90, 140, 160, 280, 320]);
    return { ru: `Строительство детского сада на ${places} мест ${place.ruIn}`, kk: `${place.kkLoc} ${places} орындық балабақша салу`, size: places };
  } },
  { kind: "clinic", weight: anywhere(1.5), make: ({ place }) => ({ ru: `Строительство врачебной амбулатории ${place.ruIn}`, kk: `${place.kkLoc} дәрігерлік амбулатория салу` }) },
  { kind: "feldsher", weight: villageOnly(1.5), make: ({ place }) => ({ ru: `Строительство фельдшерско-акушерского пункта ${place.ruIn}`, kk: `${place.kkLoc} фельдшерлік-акушерлік пункт салу` }) },
  { kind: "culture", weight: villageOnly(1), make: ({ place, rng }) => {
    const seats = rng.pick([150, 200, 300]);
    return { ru: `Строительство Дома культуры на ${seats} мест ${place.ruIn}`, kk: `${place.kkLoc} ${seats} орындық Мәдениет үйін салу`, size: seats };
  } },
  { kind: "sport", weight: anywhere(1), make: ({ place }) => ({ ru: `Строительство физкультурно-оздоровительного комплекса ${place.ruIn}`, kk: `${place.kkLoc} дене шынықтыру-сауықтыру кешенін салу` }) },
];

export const SOCIAL_CAPITAL: TitleTemplate[] = [
  { kind: "school", weight: anywhere(4), make: ({ place, rng }) => {
    const n = schoolNo(rng);
    return { ru: `Капитальный ремонт СОШ №${n}, ${place.ru}`, kk: `${place.kkAt} №${n} ЖОМ ғимаратын күрделі жөндеу` };
  } },
  { kind: "kindergarten", weight: anywhere(2), make: ({ place, rng }) => {
    const [ru, kk] = rng.pick(KINDERGARTEN_NAMES);
    return { ru: `Капитальный ремонт здания детского сада «${ru}», ${place.ru}`, kk: `${place.kkAt} «${kk}» балабақшасы ғимаратын күрделі жөндеу` };
  } },
  { kind: "clinic", weight: anywhere(1.5), make: ({ place, rng }) => place.isCity
    ? ((n) => ({ ru: `Капитальный ремонт городской поликлиники №${n}, ${place.ru}`, kk: `${place.kkAt} №${n} қалалық емханасын күрделі жөндеу` }))(rng.int(1, 30))
    : { ru: `Капитальный ремонт врачебной амбулатории, ${place.ru}`, kk: `${place.kkAt} дәрігерлік амбулаторияны күрделі жөндеу` } },
  { kind: "culture", weight: villageOnly(1.5), make: ({ place }) => ({ ru: `Капитальный ремонт Дома культуры, ${place.ru}`, kk: `${place.kkAt} Мәдениет үйін күрделі жөндеу` }) },
  { kind: "sport", weight: anywhere(1), make: ({ place, rng }) => {
    const n = schoolNo(rng);
    return { ru: `Капитальный ремонт спортивного зала СОШ №${n}, ${place.ru}`, kk: `${place.kkAt} №${n} ЖОМ спорт залын күрделі жөндеу` };
  } },
];

export const SOCIAL_CURRENT: TitleTemplate[] = [
  { kind: "culture", weight: villageOnly(2.5), make: ({ place }) => ({ ru: `Текущий ремонт Дома культуры, ${place.ru}`, kk: `${place.kkAt} Мәдениет үйін ағымдағы жөндеу` }) },
  { kind: "school", weight: anywhere(3.5), make: ({ place, rng }) => {
    const n = schoolNo(rng);
    return { ru: `Текущий ремонт СОШ №${n}, ${place.ru}`, kk: `${place.kkAt} №${n} ЖОМ ғимаратын ағымдағы жөндеу` };
  } },
  { kind: "culture", weight: villageOnly(1.5), make: ({ place }) => ({ ru: `Текущий ремонт сельского клуба, ${place.ru}`, kk: `${place.kkAt} ауылдық клубты ағымдағы жөндеу` }) },
  { kind: "kindergarten", weight: anywhere(2), make: ({ place, rng }) => {
    const [ru, kk] = rng.pick(KINDERGARTEN_NAMES);
    return { ru: `Текущий ремонт здания детского сада «${ru}», ${place.ru}`, kk: `${place.kkAt} «${kk}» балабақшасы ғимаратын ағымдағы жөндеу` };
  } },
  { kind: "feldsher", weight: villageOnly(1), make: ({ place }) => ({ ru: `Текущий ремонт фельдшерско-акушерского пункта, ${place.ru}`, kk: `${place.kkAt} фельдшерлік-акушерлік пунктті ағымдағы жөндеу` }) },
];
