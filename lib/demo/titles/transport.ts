// Titles of transport projects: local roads with their index ("KC-12 «Кокшетау – Зеренда», км 0–15"),
// village streets, bridges, and city streets.
import { RIVERS, STREETS } from "../vocabulary/places";
import { cityOnly, decimal, type TitleContext, type TitleTemplate, villageOnly } from "./types";

/** A local road between the region's centre (or the district's) and another settlement. */
function roadSection({ rng, centre, districtCentre, place, roadIndex }: TitleContext, fromDistrict: boolean) {
  const from = fromDistrict && districtCentre ? districtCentre : centre;
  let to = fromDistrict ? place.name : (districtCentre ?? place.name);
  if (to[0] === from[0]) to = place.name[0] === from[0] ? districtCentre ?? centre : place.name;
  const start = rng.int(0, 60);
  const length = rng.int(5, 25);
  const index = `${roadIndex ?? "K"}-${rng.int(1, 64)}`;
  return {
    ru: `автодороги ${index} «${from[0]} – ${to[0]}», км ${start}–${start + length}`,
    kk: `«${from[1]} – ${to[1]}» ${index} автожолын`,
    kmKk: `${start}–${start + length} км`,
    length,
  };
}

export const TRANSPORT_NEW: TitleTemplate[] = [
  { kind: "road", weight: villageOnly(3), make: ({ place, rng }) => {
    const km = rng.int(3, 18);
    return { ru: `Строительство подъездной автодороги к ${place.ru}, ${km} км`, kk: `${place.kkDat} кірме автожол салу, ${km} км`, size: km };
  } },
  { kind: "bridge", weight: villageOnly(1), make: ({ place, region }) => {
    const [ru, kk] = RIVERS[region.code] ?? ["Ишим", "Есіл"];
    return { ru: `Строительство моста через р. ${ru} у ${place.ru}`, kk: `${place.kk} маңында ${kk} өзені арқылы көпір салу` };
  } },
  { kind: "street", weight: cityOnly(3), make: ({ place }) => ({ ru: `Строительство улично-дорожной сети ${place.ru}`, kk: `${place.kkGen} көше-жол желісін салу` }) },
];

export const TRANSPORT_CAPITAL: TitleTemplate[] = [
  { kind: "road", weight: villageOnly(3), make: (ctx) => {
    const road = roadSection(ctx, false);
    return { ru: `Капитальный ремонт ${road.ru}`, kk: `${road.kk} күрделі жөндеу, ${road.kmKk}`, size: road.length };
  } },
  { kind: "road", weight: villageOnly(3), make: (ctx) => {
    const road = roadSection(ctx, false);
    return { ru: `Средний ремонт ${road.ru}`, kk: `${road.kk} орташа жөндеу, ${road.kmKk}`, size: road.length };
  } },
  { kind: "street", weight: villageOnly(2), make: ({ place }) => ({ ru: `Капитальный ремонт внутрипоселковых дорог ${place.ru}`, kk: `${place.kkGen} ішкі жолдарын күрделі жөндеу` }) },
  { kind: "street", weight: cityOnly(4), make: ({ place, rng }) => {
    const [ru, kk] = rng.pick(STREETS);
    const kind = rng.chance(0.5) ? ["Капитальный", "күрделі"] : ["Средний", "орташа"];
    return { ru: `${kind[0]} ремонт ул. ${ru}, ${place.ru}`, kk: `${place.kk}, ${kk} көшесін ${kind[1]} жөндеу` };
  } },
];

export const TRANSPORT_CURRENT: TitleTemplate[] = [
  { kind: "street", weight: villageOnly(3), make: ({ place, rng }) => {
    const km = decimal(rng.int(10, 80) / 10);
    return { ru: `Текущий ремонт улиц ${place.ru}, ${km} км`, kk: `${place.kkGen} көшелерін ағымдағы жөндеу, ${km} км` };
  } },
  { kind: "road", weight: villageOnly(2), make: (ctx) => {
    const road = roadSection(ctx, true);
    return { ru: `Текущий ремонт ${road.ru}`, kk: `${road.kk} ағымдағы жөндеу, ${road.kmKk}`, size: road.length };
  } },
  { kind: "street", weight: villageOnly(2), make: ({ place }) => ({ ru: `Текущий ремонт внутрипоселковых дорог ${place.ru}`, kk: `${place.kkGen} ішкі жолдарын ағымдағы жөндеу` }) },
  { kind: "street", weight: cityOnly(4), make: ({ place }) => ({ ru: `Текущий ремонт внутриквартальных проездов ${place.ru}`, kk: `${place.kkGen} орамішілік өтпе жолдарын ағымдағы жөндеу` }) },
];
