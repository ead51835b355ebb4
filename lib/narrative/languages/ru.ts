// The narrative in Russian, in the register of the Prime Minister's reply to inquiry ДЗ-145.
// Grammar lives here in code rather than in messages/ru.json: the noun and the verb agree with
// the figure (трудоустроен 21 человек / трудоустроено 22 человека / 25 человек), which message
// templates cannot express without the logic that this file holds.
import { pick, pluralCategory, type Forms } from "../plural";
import { NBSP, quantity, sentence, type Quantity, type Wording } from "../quantity";
import type { NarrativeContext, NarrativeFigures } from "../types";

const wording: Wording = {
  say({ qualifier, scale, amount }, digits) {
    if (scale === "unit") return digits;
    if (scale === "million") return `${prefix(qualifier)}${digits}${NBSP}млн`;
    // Whole thousands stated exactly are written out, as the letter does ("196 тысяч человек");
    // only the genitive-plural form is used so that the verb and noun stay neuter/genitive.
    const written = qualifier === "exact" && Number.isInteger(amount) && pluralCategory("ru", amount) === "many";
    return `${prefix(qualifier)}${digits}${NBSP}${written ? "тысяч" : "тыс."}`;
  },
  // "6,6 тыс. проектов", "196 тысяч человек": genitive plural.
  scaledCategory: "many",
};

function prefix(qualifier: string): string {
  if (qualifier === "about") return `порядка${NBSP}`;
  if (qualifier === "moreThan") return `более${NBSP}`;
  return "";
}

const q = (value: number) => quantity("ru", value, wording);
const say = (figure: Quantity, forms: Forms) => `${figure.text} ${pick(forms, figure.category)}`;

const projectForms: Forms = { one: "проект", few: "проекта", many: "проектов", other: "проекта" };
const peopleForms: Forms = { one: "человек", few: "человека", many: "человек", other: "человека" };
const unemployedForms: Forms = { one: "безработный", few: "безработных", many: "безработных", other: "безработного" };
const youngForms: Forms = { one: "молодой человек", few: "молодых человека", many: "молодых людей", other: "молодого человека" };
const objectForms: Forms = { one: "новый объект", few: "новых объекта", many: "новых объектов", other: "нового объекта" };
// After "создание" / "создания" (genitive case): 1 нового места, 2 / 5 новых мест.
const newJobsGenitive: Forms = { one: "нового постоянного рабочего места", other: "новых постоянных рабочих мест" };
const jobsGenitive: Forms = { one: "постоянного рабочего места", other: "постоянных рабочих мест" };

const months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/** "14 января 2022 года" in Kazakhstan's time. */
export function dateRu(date: Date): string {
  const [day, month, year] = almatyParts(date);
  return `${day} ${months[month - 1]} ${year}${NBSP}года`;
}

/** Day, month (1–12) and year of a moment in Asia/Almaty. */
export function almatyParts(date: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Almaty", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get("day"), get("month"), get("year")];
}

function kinds(f: NarrativeFigures): string | null {
  const parts = [
    ["строительство новых объектов", f.projectsByWorkType.NEW_CONSTRUCTION],
    ["капитальный ремонт", f.projectsByWorkType.CAPITAL_REPAIR],
    ["текущий ремонт", f.projectsByWorkType.CURRENT_REPAIR],
  ] as const;
  const present = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${NBSP}— ${q(n).text}`);
  return present.length > 1 ? sentence(`Из них: ${present.join(", ")}`) : null;
}

export function narrativeRu(f: NarrativeFigures, context: NarrativeContext): string {
  const where = context.regionName ? ` в регионе «${context.regionName}»` : "";
  const opening = `По состоянию на ${dateRu(context.asOf)} в рамках Дорожной карты занятости${where}`;
  if (f.projects === 0) return `${opening} проекты не реализуются.`;

  const projects = q(f.projects);
  const sentences = [
    `${opening} ${projects.category === "few" ? "реализуются" : "реализуется"} ${say(projects, projectForms)} по строительству новых, капитальному и текущему ремонту действующих инфраструктурных объектов.`,
  ];
  const kindsSentence = kinds(f);
  if (kindsSentence) sentences.push(kindsSentence);

  if (f.peopleEmployed === 0) {
    sentences.push("Трудоустройство на проекты пока не начато.");
  } else {
    const people = q(f.peopleEmployed);
    let text = `${people.category === "one" ? "Трудоустроен" : "Трудоустроено"} ${say(people, peopleForms)}`;
    if (f.referred > 0) {
      text += `, в том числе ${say(q(f.referred), unemployedForms)} по направлениям центров занятости населения`;
      if (f.youthReferred > 0) text += `, из них ${say(q(f.youthReferred), youngForms)}`;
    }
    sentences.push(sentence(text));
  }

  if (f.commissioned === 0) {
    sentences.push("Новые объекты пока не введены в строй.");
  } else {
    const objects = q(f.commissioned);
    let text = `${objects.category === "one" ? "Введён" : "Введено"} в строй ${say(objects, objectForms)} социальной, коммунальной и транспортной инфраструктуры`;
    if (f.permanentJobs > 0) text += `, что обеспечило создание ${say(q(f.permanentJobs), newJobsGenitive)}`;
    sentences.push(sentence(text));
  }
  if (f.plannedPermanentJobs > f.permanentJobs) {
    sentences.push(`Всего проектами предусмотрено создание ${say(q(f.plannedPermanentJobs), jobsGenitive)}.`);
  }
  if (f.adjacentIndustryJobs) {
    sentences.push(
      `Кроме того, по данным ежемесячных отчётов регионов заложена основа для создания ${say(q(f.adjacentIndustryJobs), jobsGenitive)} в смежных отраслях.`,
    );
  }
  return sentences.join(" ");
}
