// The narrative paragraph in Russian, Kazakh and English: plural forms from Intl.PluralRules,
// rounding words chosen from the real value, and the letter's own phrasing for its figures.
import { describe, expect, it } from "vitest";
import { composeNarrative, type NarrativeFigures, type NarrativeLocale } from "@/lib/narrative/narrative";

// 14 January 2022, 10:00 in Almaty (UTC+5).
const asOf = new Date("2022-01-14T05:00:00Z");
const plain = (text: string) => text.replaceAll("\u00a0", " ");
const write = (figures: NarrativeFigures, locale: NarrativeLocale, regionName?: string) =>
  plain(composeNarrative(figures, locale, { asOf, regionName }));

/** The figures of the reply to inquiry ДЗ-145 (autumn 2020), as real counts would be. */
const letter: NarrativeFigures = {
  projects: 6_600,
  projectsByWorkType: { NEW_CONSTRUCTION: 1_230, CAPITAL_REPAIR: 2_140, CURRENT_REPAIR: 3_230 },
  peopleEmployed: 196_000,
  referred: 109_835,
  youthReferred: 43_600,
  commissioned: 612,
  permanentJobs: 14_990,
  plannedPermanentJobs: 15_200,
  adjacentIndustryJobs: 100_400,
};

/** The same count everywhere, to read the plural forms. */
function all(n: number): NarrativeFigures {
  return {
    projects: n,
    projectsByWorkType: { NEW_CONSTRUCTION: n, CAPITAL_REPAIR: 0, CURRENT_REPAIR: 0 },
    peopleEmployed: n,
    referred: n,
    youthReferred: n,
    commissioned: n,
    permanentJobs: n,
    plannedPermanentJobs: n,
    adjacentIndustryJobs: null,
  };
}

describe("Russian", () => {
  it("states the letter's figures as the letter does", () => {
    const text = write(letter, "ru");
    expect(text).toContain("По состоянию на 14 января 2022 года в рамках Дорожной карты занятости реализуется 6,6 тыс. проектов по строительству новых, капитальному и текущему ремонту действующих инфраструктурных объектов.");
    expect(text).toContain("Из них: строительство новых объектов — более 1,2 тыс., капитальный ремонт — более 2,1 тыс., текущий ремонт — более 3,2 тыс. Трудоустроено");
    expect(text).toContain("Трудоустроено 196 тысяч человек, в том числе порядка 110 тыс. безработных по направлениям центров занятости населения, из них более 43 тыс. молодых людей.");
    expect(text).toContain("Введено в строй 612 новых объектов социальной, коммунальной и транспортной инфраструктуры, что обеспечило создание порядка 15 тыс. новых постоянных рабочих мест.");
    expect(text).toContain("Всего проектами предусмотрено создание порядка 15 тыс. постоянных рабочих мест.");
    expect(text).toContain("заложена основа для создания более 100 тыс. постоянных рабочих мест в смежных отраслях.");
  });

  it.each([
    [1, "реализуется 1 проект", "Трудоустроен 1 человек, в том числе 1 безработный", "из них 1 молодой человек", "Введён в строй 1 новый объект", "создание 1 нового постоянного рабочего места"],
    [2, "реализуются 2 проекта", "Трудоустроено 2 человека, в том числе 2 безработных", "из них 2 молодых человека", "Введено в строй 2 новых объекта", "создание 2 новых постоянных рабочих мест"],
    [5, "реализуется 5 проектов", "Трудоустроено 5 человек, в том числе 5 безработных", "из них 5 молодых людей", "Введено в строй 5 новых объектов", "создание 5 новых постоянных рабочих мест"],
    [11, "реализуется 11 проектов", "Трудоустроено 11 человек, в том числе 11 безработных", "из них 11 молодых людей", "Введено в строй 11 новых объектов", "создание 11 новых постоянных рабочих мест"],
    [21, "реализуется 21 проект", "Трудоустроен 21 человек, в том числе 21 безработный", "из них 21 молодой человек", "Введён в строй 21 новый объект", "создание 21 нового постоянного рабочего места"],
    [999, "реализуется 999 проектов", "Трудоустроено 999 человек, в том числе 999 безработных", "из них 999 молодых людей", "Введено в строй 999 новых объектов", "создание 999 новых постоянных рабочих мест"],
    [1_000, "реализуется 1 тыс. проектов", "Трудоустроено 1 тыс. человек, в том числе 1 тыс. безработных", "из них 1 тыс. молодых людей", "Введено в строй 1 тыс. новых объектов", "создание 1 тыс. новых постоянных рабочих мест"],
    [6_649, "реализуется более 6,6 тыс. проектов", "Трудоустроено более 6,6 тыс. человек", "из них более 6,6 тыс. молодых людей", "Введено в строй более 6,6 тыс. новых объектов", "создание более 6,6 тыс. новых"],
    [6_650, "реализуется более 6,6 тыс. проектов", "Трудоустроено более 6,6 тыс. человек", "из них более 6,6 тыс. молодых людей", "Введено в строй более 6,6 тыс.", "создание более 6,6 тыс. новых"],
    [42_999, "реализуется порядка 43 тыс. проектов", "Трудоустроено порядка 43 тыс. человек", "из них порядка 43 тыс. молодых людей", "Введено в строй порядка 43 тыс.", "создание порядка 43 тыс. новых"],
    [43_000, "реализуется 43 тыс. проектов", "Трудоустроено 43 тыс. человек", "из них 43 тыс. молодых людей", "Введено в строй 43 тыс. новых объектов", "создание 43 тыс. новых"],
    [196_000, "реализуется 196 тысяч проектов", "Трудоустроено 196 тысяч человек", "из них 196 тысяч молодых людей", "Введено в строй 196 тысяч новых объектов", "создание 196 тысяч новых"],
  ])("%d: plural forms and verb agreement", (n, projects, people, youth, objects, jobs) => {
    const text = write(all(n), "ru");
    for (const part of [projects, people, youth, objects, jobs]) expect(text).toContain(part);
  });

  it("never says 'более' of a rounded figure above the value", () => {
    expect(write(all(42_999), "ru")).not.toContain("более");
    expect(write(all(109_835), "ru")).toContain("порядка 110 тыс.");
  });

  it("speaks of a region, and of empty figures without zeros", () => {
    const none = { ...all(0), projects: 3 };
    const text = write(none, "ru", "Акмолинская область");
    expect(text).toContain("в регионе «Акмолинская область» реализуются 3 проекта");
    expect(text).toContain("Трудоустройство на проекты пока не начато.");
    expect(text).toContain("Новые объекты пока не введены в строй.");
    expect(text).not.toMatch(/\b0\b/);
    expect(write(all(0), "ru")).toBe("По состоянию на 14 января 2022 года в рамках Дорожной карты занятости проекты не реализуются.");
  });

  it("leaves out the planned-jobs sentence when all planned jobs exist", () => {
    expect(write({ ...letter, plannedPermanentJobs: letter.permanentJobs }, "ru")).not.toContain("предусмотрено");
    expect(write({ ...letter, adjacentIndustryJobs: null }, "ru")).not.toContain("смежных");
  });
});

describe("Kazakh", () => {
  it("states the letter's figures, with the ablative before 'астам'", () => {
    const text = write(letter, "kk");
    expect(text).toContain("2022 жылғы 14 қаңтардағы жағдай бойынша Жұмыспен қамтудың жол картасы аясында");
    expect(text).toContain("6,6 мың жоба іске асырылуда.");
    expect(text).toContain("196 мың адам жұмысқа орналастырылды, оның ішінде халықты жұмыспен қамту орталықтарының жолдамасы бойынша шамамен 110 мың жұмыссыз азамат, олардың ішінде 43 мыңнан астам жас азамат.");
    expect(text).toContain("612 жаңа объектісі пайдалануға берілді, бұл шамамен 15 мың жаңа тұрақты жұмыс орнын құруға мүмкіндік берді.");
    expect(text).toContain("Барлығы жобаларда шамамен 15 мың тұрақты жұмыс орнын құру көзделген.");
    expect(text).toMatch(/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
  });

  it.each([
    [1, "1 жоба", "1 адам", "1 жас азамат"],
    [2, "2 жоба", "2 адам", "2 жас азамат"],
    [5, "5 жоба", "5 адам", "5 жас азамат"],
    [11, "11 жоба", "11 адам", "11 жас азамат"],
    [21, "21 жоба", "21 адам", "21 жас азамат"],
    [999, "999 жоба", "999 адам", "999 жас азамат"],
    [1_000, "1 мың жоба", "1 мың адам", "1 мың жас азамат"],
    [6_600, "6,6 мың жоба", "6,6 мың адам", "6,6 мың жас азамат"],
    [6_649, "6,6 мыңнан астам жоба", "6,6 мыңнан астам адам", "6,6 мыңнан астам жас азамат"],
    [6_650, "6,6 мыңнан астам жоба", "6,6 мыңнан астам адам", "6,6 мыңнан астам жас азамат"],
    [42_999, "шамамен 43 мың жоба", "шамамен 43 мың адам", "шамамен 43 мың жас азамат"],
    [43_000, "43 мың жоба", "43 мың адам", "43 мың жас азамат"],
    [109_835, "шамамен 110 мың жоба", "шамамен 110 мың адам", "шамамен 110 мың жас азамат"],
    [196_000, "196 мың жоба", "196 мың адам", "196 мың жас азамат"],
  ])("%d: the noun stays singular after a numeral", (n, projects, people, youth) => {
    const text = write(all(n), "kk");
    for (const part of [projects, people, youth]) expect(text).toContain(part);
  });

  it("never says 'астам' of a rounded figure above the value; speaks of a region", () => {
    expect(write(all(42_999), "kk")).not.toContain("астам");
    expect(write(all(3), "kk", "Ақмола облысы")).toContain("аясында Ақмола облысы бойынша");
    expect(write(all(0), "kk")).toBe("2022 жылғы 14 қаңтардағы жағдай бойынша Жұмыспен қамтудың жол картасы аясында жобалар іске асырылмайды.");
  });
});

describe("English", () => {
  it("states the letter's figures", () => {
    const text = write(letter, "en");
    expect(text).toContain("As of 14 January 2022, 6.6 thousand projects are under way under the Employment Roadmap");
    expect(text).toContain("Of them: new construction — more than 1.2 thousand, capital repair — more than 2.1 thousand, current repair — more than 3.2 thousand.");
    expect(text).toContain("In total, 196 thousand people have been employed, including about 110 thousand unemployed people referred by public employment centres, of whom more than 43 thousand are young people.");
    expect(text).toContain("So far, 612 new social, communal and transport infrastructure objects have been commissioned, creating about 15 thousand new permanent jobs.");
  });

  it.each([
    [1, "1 project is under way", "1 person has been employed", "1 unemployed person", "of whom 1 is a young person", "1 new social, communal or transport infrastructure object has", "creating 1 new permanent job."],
    [2, "2 projects are", "2 people have", "2 unemployed people", "of whom 2 are young people", "2 new social, communal and transport infrastructure objects have", "creating 2 new permanent jobs."],
    [5, "5 projects are", "5 people have", "5 unemployed people", "of whom 5 are young people", "5 new social", "creating 5 new permanent jobs."],
    [11, "11 projects are", "11 people have", "11 unemployed people", "of whom 11 are", "11 new social", "11 new permanent jobs."],
    [21, "21 projects are", "21 people have", "21 unemployed people", "of whom 21 are", "21 new social", "21 new permanent jobs."],
    [999, "999 projects are", "999 people have", "999 unemployed people", "of whom 999 are", "999 new social", "999 new permanent jobs."],
    [1_000, "1 thousand projects are", "1 thousand people have", "1 thousand unemployed people", "of whom 1 thousand are", "1 thousand new social", "1 thousand new permanent jobs."],
    [6_649, "more than 6.6 thousand projects", "more than 6.6 thousand people", "more than 6.6 thousand unemployed", "of whom more than 6.6 thousand are", "more than 6.6 thousand new", "more than 6.6 thousand new permanent jobs."],
    [6_650, "more than 6.6 thousand projects", "more than 6.6 thousand people", "more than 6.6 thousand unemployed", "of whom more than 6.6 thousand", "more than 6.6 thousand new", "more than 6.6 thousand new permanent jobs."],
    [42_999, "about 43 thousand projects", "about 43 thousand people", "about 43 thousand unemployed", "of whom about 43 thousand", "about 43 thousand new", "about 43 thousand new permanent jobs."],
    [43_000, "43 thousand projects", "43 thousand people", "43 thousand unemployed", "of whom 43 thousand", "43 thousand new", "43 thousand new permanent jobs."],
    [109_835, "about 110 thousand projects", "about 110 thousand people", "about 110 thousand unemployed", "of whom about 110 thousand", "about 110 thousand new", "about 110 thousand new permanent jobs."],
    [196_000, "196 thousand projects", "196 thousand people", "196 thousand unemployed", "of whom 196 thousand", "196 thousand new", "196 thousand new permanent jobs."],
  ])("%d: one / other forms and verbs", (n, ...parts) => {
    const text = write(all(n), "en");
    for (const part of parts) expect(text).toContain(part);
  });

  it("never says 'more than' of a rounded figure above the value; speaks of a region", () => {
    expect(write(all(42_999), "en")).not.toContain("more than");
    expect(write(all(3), "en", "Akmola Region")).toContain("3 projects are under way under the Employment Roadmap in Akmola Region:");
    expect(write(all(0), "en")).toBe("As of 14 January 2022, no projects are under way under the Employment Roadmap.");
  });
});
