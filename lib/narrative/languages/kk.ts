// The narrative in Kazakh. Nouns after numerals stay singular in Kazakh (5 жоба, 196 мың адам),
// so the plural forms coincide; "more than" is a postposition that puts the number in the
// ablative case (43 мыңнан астам), which is why this grammar is code, not a message template.
import { pick, type Forms } from "../plural";
import { NBSP, quantity, sentence, type Quantity, type Wording } from "../quantity";
import type { NarrativeContext, NarrativeFigures } from "../types";
import { almatyParts } from "./ru";

const wording: Wording = {
  say({ qualifier, scale }, digits) {
    if (scale === "unit") return digits;
    const unit = scale === "million" ? "млн" : "мың";
    // Ablative of the unit word: мың -> мыңнан, миллион -> миллионнан.
    if (qualifier === "moreThan") return `${digits}${NBSP}${scale === "million" ? "миллионнан" : "мыңнан"} астам`;
    if (qualifier === "about") return `шамамен ${digits}${NBSP}${unit}`;
    return `${digits}${NBSP}${unit}`;
  },
  scaledCategory: "other",
};

const q = (value: number) => quantity("kk", value, wording);
const say = (figure: Quantity, forms: Forms) => `${figure.text} ${pick(forms, figure.category)}`;
const same = (word: string): Forms => ({ one: word, other: word });

// Month names with the locative-attributive suffix: "14 қаңтардағы" (as of 14 January).
const monthsAt = [
  "қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
  "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы",
];

/** "2022 жылғы 14 қаңтардағы" in Kazakhstan's time. */
export function dateAtKk(date: Date): string {
  const [day, month, year] = almatyParts(date);
  return `${year}${NBSP}жылғы ${day} ${monthsAt[month - 1]}`;
}

function kinds(f: NarrativeFigures): string | null {
  const parts = [
    ["жаңа құрылыс", f.projectsByWorkType.NEW_CONSTRUCTION],
    ["күрделі жөндеу", f.projectsByWorkType.CAPITAL_REPAIR],
    ["ағымдағы жөндеу", f.projectsByWorkType.CURRENT_REPAIR],
  ] as const;
  const present = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${NBSP}— ${q(n).text}`);
  return present.length > 1 ? sentence(`Оның ішінде: ${present.join(", ")}`) : null;
}

export function narrativeKk(f: NarrativeFigures, context: NarrativeContext): string {
  const where = context.regionName ? ` ${context.regionName} бойынша` : "";
  const opening = `${dateAtKk(context.asOf)} жағдай бойынша Жұмыспен қамтудың жол картасы аясында${where}`;
  if (f.projects === 0) return `${opening} жобалар іске асырылмайды.`;

  const sentences = [
    `${opening} жаңа объектілерді салу, қолданыстағы инфрақұрылым объектілерін күрделі және ағымдағы жөндеу бойынша ${say(q(f.projects), same("жоба"))} іске асырылуда.`,
  ];
  const kindsSentence = kinds(f);
  if (kindsSentence) sentences.push(kindsSentence);

  if (f.peopleEmployed === 0) {
    sentences.push("Жобаларға жұмысқа орналастыру әлі басталған жоқ.");
  } else {
    let text = `${say(q(f.peopleEmployed), same("адам"))} жұмысқа орналастырылды`;
    if (f.referred > 0) {
      text += `, оның ішінде халықты жұмыспен қамту орталықтарының жолдамасы бойынша ${say(q(f.referred), same("жұмыссыз азамат"))}`;
      if (f.youthReferred > 0) text += `, олардың ішінде ${say(q(f.youthReferred), same("жас азамат"))}`;
    }
    sentences.push(sentence(text));
  }

  if (f.commissioned === 0) {
    sentences.push("Жаңа объектілер әлі пайдалануға берілген жоқ.");
  } else {
    let text = `Әлеуметтік, коммуналдық және көлік инфрақұрылымының ${say(q(f.commissioned), same("жаңа объектісі"))} пайдалануға берілді`;
    if (f.permanentJobs > 0) text += `, бұл ${say(q(f.permanentJobs), same("жаңа тұрақты жұмыс орнын"))} құруға мүмкіндік берді`;
    sentences.push(sentence(text));
  }
  if (f.plannedPermanentJobs > f.permanentJobs) {
    sentences.push(`Барлығы жобаларда ${say(q(f.plannedPermanentJobs), same("тұрақты жұмыс орнын"))} құру көзделген.`);
  }
  if (f.adjacentIndustryJobs) {
    sentences.push(
      `Сонымен қатар өңірлердің ай сайынғы есептерінің деректері бойынша сабақтас салаларда ${say(q(f.adjacentIndustryJobs), same("тұрақты жұмыс орнын"))} құруға негіз қаланды.`,
    );
  }
  return sentences.join(" ");
}
