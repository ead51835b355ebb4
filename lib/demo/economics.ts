// Rough money and jobs per kind of works, before the generator scales the totals to the
// programme's: about KZT 1 trillion (public figures), an initial plan of 255,000 temporary jobs,
// and about 15,000 permanent jobs at the commissioned objects (the seed letter).
import type { WorkType } from "@/generated/prisma/enums";
import type { ObjectKind } from "./titles";

/** Median cost in millions of tenge. */
const COST_MEDIAN: Record<WorkType, Partial<Record<ObjectKind, number>>> = {
  NEW_CONSTRUCTION: {
    school: 1500, kindergarten: 600, clinic: 250, feldsher: 90, culture: 400, sport: 350, water: 400, gas: 300,
    heating: 250, housing: 700, sewer: 350, road: 900, bridge: 600, street: 800,
  },
  CAPITAL_REPAIR: {
    school: 250, kindergarten: 120, clinic: 110, culture: 100, sport: 60, water: 250, heating: 250, housing: 80,
    sewer: 200, road: 700, street: 300,
  },
  CURRENT_REPAIR: {
    school: 40, kindergarten: 25, feldsher: 12, culture: 22, yard: 45, lighting: 30, water: 40, housing: 20,
    road: 120, street: 60,
  },
};

export function rawCostMillions(workType: WorkType, kind: ObjectKind, size: number | undefined, draw: (median: number) => number): number {
  let median = COST_MEDIAN[workType][kind] ?? 100;
  if (kind === "school" && size) median *= size / 600;
  if (kind === "kindergarten" && size) median *= size / 160;
  if (kind === "housing" && size && workType === "NEW_CONSTRUCTION") median *= size / 80;
  if ((kind === "road" || kind === "street") && size) median *= size / 12;
  return draw(median);
}

/** Temporary jobs a project plans, before scaling to the national plan: grows with the money. */
export function rawTemporaryJobs(costMillions: number): number {
  return 6 + 2.2 * Math.sqrt(costMillions);
}

/** Permanent positions a new object needs once running, before scaling to the letter's ~15,000. */
export function rawPermanentJobs(kind: ObjectKind, size: number | undefined): number {
  switch (kind) {
    case "school": return (size ?? 300) / 7;
    case "kindergarten": return (size ?? 140) / 4.5;
    case "clinic": return 22;
    case "feldsher": return 5;
    case "culture": return 14;
    case "sport": return 16;
    case "heating": return 10;
    case "water": return 5;
    case "sewer": return 4;
    case "gas": return 3;
    case "housing": return 3;
    case "bridge": return 2;
    default: return 3;
  }
}

/** Job titles at a running object of each kind, with how many of each. */
export const PERMANENT_POSITIONS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  school: [["Учитель", 10], ["Вожатый", 1], ["Повар", 1], ["Уборщик служебных помещений", 2], ["Медицинская сестра", 1], ["Сторож", 1], ["Библиотекарь", 1], ["Педагог-психолог", 1], ["Завхоз", 1]],
  kindergarten: [["Воспитатель", 6], ["Помощник воспитателя", 4], ["Повар", 1], ["Медицинская сестра", 1], ["Музыкальный руководитель", 1], ["Прачка", 1], ["Сторож", 1]],
  clinic: [["Врач общей практики", 3], ["Медицинская сестра", 5], ["Фельдшер", 2], ["Регистратор", 1], ["Санитарка", 2], ["Водитель скорой помощи", 1]],
  feldsher: [["Фельдшер", 2], ["Акушерка", 1], ["Санитарка", 1]],
  culture: [["Культорганизатор", 2], ["Руководитель кружка", 3], ["Звукорежиссёр", 1], ["Художественный руководитель", 1], ["Сторож", 1]],
  sport: [["Тренер", 4], ["Инструктор по физической культуре", 2], ["Администратор", 1], ["Уборщик", 1]],
  heating: [["Оператор котельной", 4], ["Слесарь КИПиА", 1], ["Машинист насосных установок", 1]],
  water: [["Оператор насосной станции", 2], ["Слесарь аварийно-восстановительных работ", 2], ["Лаборант химического анализа", 1]],
  sewer: [["Оператор очистных сооружений", 2], ["Слесарь аварийно-восстановительных работ", 1]],
  gas: [["Слесарь по эксплуатации газового оборудования", 2], ["Мастер газовой службы", 1]],
  housing: [["Дворник", 2], ["Слесарь-сантехник", 1], ["Электрик", 1]],
  default: [["Дорожный мастер", 1], ["Дорожный рабочий", 3], ["Машинист автогрейдера", 1]],
};

/** Employer of the permanent positions at an object, in the usual legal form of state bodies. */
export function employerOf(kind: ObjectKind, settlement: string, districtRu: string | null): string {
  const area = districtRu ?? settlement;
  switch (kind) {
    case "school": return `КГУ «Общеобразовательная школа, ${settlement}»`;
    case "kindergarten": return `ГККП «Ясли-сад, ${settlement}»`;
    case "clinic":
    case "feldsher": return `ГКП на ПХВ «Районная больница» (${area})`;
    case "culture": return `ГККП «Дом культуры, ${settlement}»`;
    case "sport": return `ГККП «Физкультурно-оздоровительный комплекс, ${settlement}»`;
    case "heating":
    case "water":
    case "sewer":
    case "gas":
    case "housing": return `ГКП на ПХВ «Коммунальное хозяйство» (${area})`;
    default: return `ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог» (${area})`;
  }
}
