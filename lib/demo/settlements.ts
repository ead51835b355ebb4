// The places a region's projects are in: villages spread over its districts, the region's
// centre, and, in the three cities, microdistricts. Several projects share a village (a school
// and a water main in the same aul), so a region has fewer settlements than projects.
import type { RegionEntry } from "@/lib/regions/catalog";
import { jitter, randomPointIn } from "./geo";
import type { Random } from "./random";
import { microdistrictPlace, type Place, townPlace, villagePlace } from "./titles";
import { CITY_MICRODISTRICTS, KAZAKH_VILLAGES, type NamePair, RUSSIAN_VILLAGES } from "./vocabulary/places";
import { REGION_FLAVOUR } from "./vocabulary/regionFlavour";

export type Settlement = {
  place: Place;
  /** Index into the region's districts; null for the region's centre city. */
  districtIndex: number | null;
  at: [number, number];
};

export class SettlementPool {
  private readonly settlements: Settlement[] = [];
  private readonly centre: Settlement;

  constructor(private readonly region: RegionEntry, projectCount: number, private readonly rng: Random) {
    const centreName: NamePair = [region.centreRu, region.centreKk];
    this.centre = { place: townPlace(centreName), districtIndex: null, at: [region.centreAt[0], region.centreAt[1]] };
    if (region.isCity) this.fillCity(centreName);
    else this.fillVillages(projectCount);
  }

  /** A settlement for the next project: the centre for ~12% of an oblast's projects. */
  next(): Settlement {
    if (!this.region.isCity && this.rng.chance(0.12)) return this.centre;
    if (this.region.isCity && this.rng.chance(0.3)) {
      const districtIndex = this.rng.int(0, this.region.districts.length - 1);
      return { ...this.centre, districtIndex, at: randomPointIn(this.region.code, this.rng, this.region.centreAt) };
    }
    return this.rng.pick(this.settlements);
  }

  /** Coordinates of a project in the settlement: a few hundred metres to a few km apart. */
  pointFor(settlement: Settlement): [number, number] {
    return jitter(this.region.code, settlement.at, settlement.place.isCity ? 0.02 : 0.01, this.rng);
  }

  private fillVillages(projectCount: number) {
    const flavour = REGION_FLAVOUR[this.region.code]!;
    const districts = this.region.districts.length;
    const target = Math.max(6, Math.min(Math.round(projectCount / 2.5), (KAZAKH_VILLAGES.length + RUSSIAN_VILLAGES.length) * districts));
    const taken = new Set<string>();
    // Bounded: rare names (Russian ones in the south) could otherwise take long to collect.
    for (let attempt = 0; this.settlements.length < target && attempt < target * 20; attempt++) {
      const list = this.rng.chance(flavour.russianVillages) ? RUSSIAN_VILLAGES : KAZAKH_VILLAGES;
      const name = this.rng.pick(list);
      const districtIndex = this.rng.int(0, districts - 1);
      const key = `${districtIndex}/${name[0]}`;
      if (taken.has(key)) continue;
      taken.add(key);
      this.settlements.push({ place: villagePlace(name), districtIndex, at: randomPointIn(this.region.code, this.rng, this.region.centreAt) });
    }
  }

  private fillCity(city: NamePair) {
    for (const microdistrict of CITY_MICRODISTRICTS[this.region.code] ?? []) {
      this.settlements.push({
        place: microdistrictPlace(city, microdistrict),
        districtIndex: this.rng.int(0, this.region.districts.length - 1),
        at: randomPointIn(this.region.code, this.rng, this.region.centreAt),
      });
    }
  }
}
