// The narrative in English: one / other plural forms, verbs agreeing with the figure
// ("1 project is", "2 projects are").
import { pick, type Forms } from "../plural";
import { NBSP, quantity, sentence, type Quantity, type Wording } from "../quantity";
import type { NarrativeContext, NarrativeFigures } from "../types";
import { almatyParts } from "./ru";

const wording: Wording = {
  say({ qualifier, scale }, digits) {
    const unit = scale === "million" ? `${NBSP}million` : scale === "thousand" ? `${NBSP}thousand` : "";
    if (qualifier === "about") return `about ${digits}${unit}`;
    if (qualifier === "moreThan") return `more than ${digits}${unit}`;
    return `${digits}${unit}`;
  },
  scaledCategory: "other",
};

const q = (value: number) => quantity("en", value, wording);
const say = (figure: Quantity, forms: Forms) => `${figure.text} ${pick(forms, figure.category)}`;

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "14 January 2022" in Kazakhstan's time. */
export function dateEn(date: Date): string {
  const [day, month, year] = almatyParts(date);
  return `${day} ${months[month - 1]} ${year}`;
}

function kinds(f: NarrativeFigures): string | null {
  const parts = [
    ["new construction", f.projectsByWorkType.NEW_CONSTRUCTION],
    ["capital repair", f.projectsByWorkType.CAPITAL_REPAIR],
    ["current repair", f.projectsByWorkType.CURRENT_REPAIR],
  ] as const;
  const present = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${NBSP}— ${q(n).text}`);
  return present.length > 1 ? sentence(`Of them: ${present.join(", ")}`) : null;
}

export function narrativeEn(f: NarrativeFigures, context: NarrativeContext): string {
  const where = context.regionName ? ` in ${context.regionName}` : "";
  const opening = `As of ${dateEn(context.asOf)},`;
  if (f.projects === 0) return `${opening} no projects are under way under the Employment Roadmap${where}.`;

  const sentences = [
    `${opening} ${say(q(f.projects), { one: "project is", other: "projects are" })} under way under the Employment Roadmap${where}: new construction and capital and current repair of existing infrastructure.`,
  ];
  const kindsSentence = kinds(f);
  if (kindsSentence) sentences.push(kindsSentence);

  if (f.peopleEmployed === 0) {
    sentences.push("No one has been employed on the projects yet.");
  } else {
    let text = `In total, ${say(q(f.peopleEmployed), { one: "person has", other: "people have" })} been employed`;
    if (f.referred > 0) {
      text += `, including ${say(q(f.referred), { one: "unemployed person", other: "unemployed people" })} referred by public employment centres`;
      if (f.youthReferred > 0) text += `, of whom ${say(q(f.youthReferred), { one: "is a young person", other: "are young people" })}`;
    }
    sentences.push(sentence(text));
  }

  if (f.commissioned === 0) {
    sentences.push("No new objects have been commissioned yet.");
  } else {
    const objects = q(f.commissioned);
    let text = `So far, ${say(objects, { one: "new social, communal or transport infrastructure object has", other: "new social, communal and transport infrastructure objects have" })} been commissioned`;
    if (f.permanentJobs > 0) text += `, creating ${say(q(f.permanentJobs), { one: "new permanent job", other: "new permanent jobs" })}`;
    sentences.push(sentence(text));
  }
  if (f.plannedPermanentJobs > f.permanentJobs) {
    sentences.push(`In total, the projects provide for ${say(q(f.plannedPermanentJobs), { one: "permanent job", other: "permanent jobs" })}.`);
  }
  if (f.adjacentIndustryJobs) {
    sentences.push(
      `According to the regions' monthly reports, the programme has also laid the foundation for ${say(q(f.adjacentIndustryJobs), { one: "permanent job", other: "permanent jobs" })} in adjacent industries.`,
    );
  }
  return sentences.join(" ");
}
