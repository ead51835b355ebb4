// Shared types of the project title templates.
import type { DistrictEntry, RegionEntry } from "@/lib/regions/catalog";
import type { Random } from "../random";
import type { NamePair } from "../vocabulary/places";
import type { Place } from "./place";

/** What the works are on: decides the cost, the jobs, and the permanent positions created. */
export type ObjectKind =
  | "school" | "kindergarten" | "clinic" | "feldsher" | "culture" | "sport"
  | "water" | "gas" | "heating" | "housing" | "sewer" | "yard" | "lighting"
  | "road" | "bridge" | "street";

export type TitleContext = {
  place: Place;
  region: RegionEntry;
  district: DistrictEntry | null;
  /** The region's administrative centre, and the district's (null in cities). */
  centre: NamePair;
  districtCentre: NamePair | null;
  /** "KC" for Akmola: local road index prefix; null in the three cities. */
  roadIndex: string | null;
  rng: Random;
};

export type Title = {
  ru: string;
  kk: string;
  /** Capacity (places, seats, flats) or length, when the title names one. */
  size?: number;
};

export type TitleTemplate = {
  kind: ObjectKind;
  /** How common the template is; 0 where it does not apply (cities or villages). */
  weight: (ctx: { isCity: boolean }) => number;
  make: (ctx: TitleContext) => Title;
};

export const villageOnly = (w: number) => ({ isCity }: { isCity: boolean }) => (isCity ? 0 : w);
export const cityOnly = (w: number) => ({ isCity }: { isCity: boolean }) => (isCity ? w : 0);
export const anywhere = (w: number) => () => w;

/** "3,5" — Russian and Kazakh write a decimal comma. */
export const decimal = (value: number) => String(value).replace(".", ",");
