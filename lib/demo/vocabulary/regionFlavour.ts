// How the demo data differs between regions: how many villages have Russian names, how many
// workers have Russian names, how many project titles are written in Kazakh, and where the
// akimat financed works with bond loans (e.g. Karaganda region issued KZT 51 bn of bonds,
// per press reports). Approximate, for plausible-looking demo data only.

export type RegionFlavour = { russianVillages: number; russianWorkers: number; kazakhTitles: number; bondShare: number };

const north: RegionFlavour = { russianVillages: 0.45, russianWorkers: 0.35, kazakhTitles: 0.1, bondShare: 0.35 };
const centreWest: RegionFlavour = { russianVillages: 0.15, russianWorkers: 0.15, kazakhTitles: 0.2, bondShare: 0.2 };
const south: RegionFlavour = { russianVillages: 0.02, russianWorkers: 0.04, kazakhTitles: 0.35, bondShare: 0.15 };
const city: RegionFlavour = { russianVillages: 0, russianWorkers: 0.2, kazakhTitles: 0.15, bondShare: 0.25 };

export const REGION_FLAVOUR: Record<string, RegionFlavour> = {
  "10": { ...north, russianVillages: 0.3, russianWorkers: 0.2 }, "11": north, "15": centreWest, "19": south,
  "23": { ...south, russianVillages: 0.05 }, "27": centreWest, "31": south, "33": south,
  "35": { ...north, bondShare: 0.7 }, "39": north, "43": south, "47": { ...south, russianVillages: 0.05 },
  "55": north, "59": { ...north, russianVillages: 0.55, russianWorkers: 0.45 }, "61": south, "62": centreWest,
  "63": north, "71": city, "75": city, "79": { ...city, kazakhTitles: 0.3 },
};
