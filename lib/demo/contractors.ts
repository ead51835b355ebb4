// Building contractors: limited liability partnerships (ТОО) with valid BINs. Each region has a
// pool of local firms that win many of its projects, as they did under the Roadmap.
import { makeBin } from "@/lib/iin";
import type { Random } from "./random";

const REGION_STEMS: Record<string, string[]> = {
  "10": ["Семей", "Ертис", "Абай"], "11": ["Кокше", "Бурабай", "Есиль"], "15": ["Актобе", "Илек", "Мугалжар"],
  "19": ["Алатау", "Жетысу", "Каскелен"], "23": ["Атырау", "Каспий", "Жайык"], "27": ["Орал", "Жайык", "Батыс"],
  "31": ["Тараз", "Аулие-Ата", "Мерке"], "33": ["Талдыкорган", "Жетысу", "Каратал"], "35": ["Караганда", "Сарыарка", "Темиртау"],
  "39": ["Костанай", "Тобол", "Торгай"], "43": ["Кызылорда", "Сыр", "Арал"], "47": ["Актау", "Каспий", "Мангыстау"],
  "55": ["Павлодар", "Ертис", "Экибастуз"], "59": ["Петропавловск", "Есиль", "Кызылжар"], "61": ["Туркестан", "Отрар", "Сайрам"],
  "62": ["Жезказган", "Улытау", "Сатпаев"], "63": ["Алтай", "Ульба", "Оскемен"], "71": ["Астана", "Есиль", "Сарыарка"],
  "75": ["Алматы", "Алатау", "Медеу"], "79": ["Шымкент", "Оңтүстік", "Каратау"],
};
const COMMON_STEMS = ["Нур", "Береке", "Даму", "Куат", "Алтын", "Жол", "Кайнар", "Самал", "Ак Жол", "Болашак"];
const SUFFIXES = [
  "Строй", "СтройСервис", "ДорСтрой", "Құрылыс", "СтройИнвест", "Инжиниринг", "Монтаж", "Строительная компания",
  "СтройМонтаж", "ЖолҚұрылыс", "Ремстрой", "Стройпроект", "Инфраструктура", "Build", "Group",
];

const GLUEABLE = /^[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+)?$/;

export type Contractor = { name: string; bin: string };

/** Builds each region's pool; a name used in two regions is one firm with one BIN. */
export class ContractorRegistry {
  private readonly byName = new Map<string, Contractor>();
  private serial = 1200;

  constructor(private readonly rng: Random) {}

  poolFor(regionCode: string, size: number): Contractor[] {
    const stems = [...(REGION_STEMS[regionCode] ?? []), ...COMMON_STEMS];
    const names = new Set<string>();
    for (const stem of stems) {
      for (const suffix of SUFFIXES) {
        names.add(`ТОО «${stem} ${suffix}»`);
        // "КокшеСтрой" as well as "Кокше Строй"; multi-word and Latin names only stand apart.
        if (GLUEABLE.test(suffix) && !stem.includes(" ")) names.add(`ТОО «${stem}${suffix}»`);
      }
    }
    return this.rng.shuffle([...names]).slice(0, Math.max(1, size)).map((name) => this.contractor(name));
  }

  private contractor(name: string): Contractor {
    const known = this.byName.get(name);
    if (known) return known;
    let bin: string | null = null;
    while (bin === null) {
      const year = this.rng.int(2003, 2019);
      bin = makeBin(year, this.rng.int(1, 12), this.serial++ % 100_000);
    }
    const contractor = { name, bin };
    this.byName.set(name, contractor);
    return contractor;
  }
}
