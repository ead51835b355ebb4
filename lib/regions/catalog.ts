// The 20 regions of Kazakhstan today: 17 oblasts and the 3 cities of republican significance.
// Codes are the two-digit KATO codes, also the map geodata's ids (KZ-NN). Abai, Jetisu and
// Ulytau regions were split off in 2022 from East Kazakhstan, Almaty and Karaganda regions; the
// portal reports on today's map. Population: approximate, start of 2023 (Bureau of National
// Statistics), used to spread demo projects and per-region targets.
import { DISTRICTS, type DistrictEntry } from "./districts";

export type { DistrictEntry };

export type RegionEntry = {
  code: string;
  nameRu: string;
  nameKk: string;
  nameEn: string;
  population: number;
  /** Administrative centre (the city itself for cities of republican significance). */
  centreRu: string;
  centreKk: string;
  /** Latitude and longitude of the administrative centre. */
  centreAt: readonly [number, number];
  /** True for Astana, Almaty and Shymkent: their districts are city districts. */
  isCity: boolean;
  districts: DistrictEntry[];
};

type Head = Omit<RegionEntry, "districts" | "isCity">;

const oblast = (code: string, ru: string, kk: string, en: string, population: number, centreRu: string, centreKk: string, centreAt: [number, number]): Head => ({
  code,
  nameRu: `${ru} область`,
  nameKk: `${kk} облысы`,
  nameEn: `${en} Region`,
  population,
  centreRu,
  centreKk,
  centreAt,
});

const city = (code: string, ru: string, kk: string, en: string, population: number, centreAt: [number, number]): Head => ({
  code,
  nameRu: `г. ${ru}`,
  nameKk: `${kk} қаласы`,
  nameEn: en,
  population,
  centreRu: ru,
  centreKk: kk,
  centreAt,
});

const HEADS: Head[] = [
  oblast("10", "Абайская", "Абай", "Abai", 607_000, "Семей", "Семей", [50.411, 80.227]),
  oblast("11", "Акмолинская", "Ақмола", "Akmola", 787_000, "Кокшетау", "Көкшетау", [53.283, 69.396]),
  oblast("15", "Актюбинская", "Ақтөбе", "Aktobe", 917_000, "Актобе", "Ақтөбе", [50.283, 57.167]),
  oblast("19", "Алматинская", "Алматы", "Almaty", 1_493_000, "Конаев", "Қонаев", [43.867, 77.067]),
  oblast("23", "Атырауская", "Атырау", "Atyrau", 693_000, "Атырау", "Атырау", [47.107, 51.914]),
  oblast("27", "Западно-Казахстанская", "Батыс Қазақстан", "West Kazakhstan", 686_000, "Уральск", "Орал", [51.233, 51.367]),
  oblast("31", "Жамбылская", "Жамбыл", "Zhambyl", 1_214_000, "Тараз", "Тараз", [42.9, 71.367]),
  oblast("33", "Жетысуская", "Жетісу", "Jetisu", 697_000, "Талдыкорган", "Талдықорған", [45.017, 78.373]),
  oblast("35", "Карагандинская", "Қарағанды", "Karaganda", 1_131_000, "Караганда", "Қарағанды", [49.806, 73.085]),
  oblast("39", "Костанайская", "Қостанай", "Kostanay", 831_000, "Костанай", "Қостанай", [53.214, 63.624]),
  oblast("43", "Кызылординская", "Қызылорда", "Kyzylorda", 829_000, "Кызылорда", "Қызылорда", [44.853, 65.509]),
  oblast("47", "Мангистауская", "Маңғыстау", "Mangystau", 770_000, "Актау", "Ақтау", [43.651, 51.158]),
  oblast("55", "Павлодарская", "Павлодар", "Pavlodar", 752_000, "Павлодар", "Павлодар", [52.287, 76.967]),
  oblast("59", "Северо-Казахстанская", "Солтүстік Қазақстан", "North Kazakhstan", 535_000, "Петропавловск", "Петропавл", [54.865, 69.135]),
  oblast("61", "Туркестанская", "Түркістан", "Turkistan", 2_111_000, "Туркестан", "Түркістан", [43.297, 68.251]),
  oblast("62", "Улытауская", "Ұлытау", "Ulytau", 221_000, "Жезказган", "Жезқазған", [47.783, 67.714]),
  oblast("63", "Восточно-Казахстанская", "Шығыс Қазақстан", "East Kazakhstan", 727_000, "Усть-Каменогорск", "Өскемен", [49.948, 82.628]),
  city("71", "Астана", "Астана", "Astana", 1_354_000, [51.169, 71.449]),
  city("75", "Алматы", "Алматы", "Almaty", 2_229_000, [43.238, 76.889]),
  city("79", "Шымкент", "Шымкент", "Shymkent", 1_222_000, [42.317, 69.596]),
];

const CITY_CODES = new Set(["71", "75", "79"]);

export const REGIONS: readonly RegionEntry[] = HEADS.map((head) => ({
  ...head,
  isCity: CITY_CODES.has(head.code),
  districts: DISTRICTS[head.code] ?? [],
}));
