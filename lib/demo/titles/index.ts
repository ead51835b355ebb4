// Picks a title template for a project's category and work type, and writes its title in
// Russian, or in Kazakh for the share of projects a region registers in the state language.
import type { ProjectCategory, WorkType } from "@/generated/prisma/enums";
import { COMMUNAL_CAPITAL, COMMUNAL_CURRENT, COMMUNAL_NEW } from "./communal";
import { SOCIAL_CAPITAL, SOCIAL_CURRENT, SOCIAL_NEW } from "./social";
import { TRANSPORT_CAPITAL, TRANSPORT_CURRENT, TRANSPORT_NEW } from "./transport";
import type { ObjectKind, TitleContext, TitleTemplate } from "./types";

export type { ObjectKind, TitleContext } from "./types";
export { microdistrictPlace, townPlace, villagePlace, type Place } from "./place";

const TEMPLATES: Record<ProjectCategory, Record<WorkType, TitleTemplate[]>> = {
  SOCIAL: { NEW_CONSTRUCTION: SOCIAL_NEW, CAPITAL_REPAIR: SOCIAL_CAPITAL, CURRENT_REPAIR: SOCIAL_CURRENT },
  COMMUNAL: { NEW_CONSTRUCTION: COMMUNAL_NEW, CAPITAL_REPAIR: COMMUNAL_CAPITAL, CURRENT_REPAIR: COMMUNAL_CURRENT },
  TRANSPORT: { NEW_CONSTRUCTION: TRANSPORT_NEW, CAPITAL_REPAIR: TRANSPORT_CAPITAL, CURRENT_REPAIR: TRANSPORT_CURRENT },
};

export type ProjectTitle = { name: string; kind: ObjectKind; size?: number };

export function projectTitle(category: ProjectCategory, workType: WorkType, ctx: TitleContext, inKazakh: boolean): ProjectTitle {
  const templates = TEMPLATES[category][workType];
  const where = { isCity: ctx.place.isCity };
  const template = templates[ctx.rng.weightedIndex(templates.map((t) => t.weight(where)))]!;
  const title = template.make(ctx);
  return { name: inKazakh ? capitalise(title.kk) : title.ru, kind: template.kind, size: title.size };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("kk") + text.slice(1);
