// Permanent positions at commissioned objects: ~15,200 at scale 1 (the seed letter: "about
// 15 thousand new permanent jobs"), spread in proportion to what each object needs, mostly
// filled, some by people who had worked on building the object (the letter asks for permanent
// employment after the works).
import { apportion } from "./apportion";
import { employerOf, PERMANENT_POSITIONS } from "./economics";
import { DEMO_AIMS, DEMO_TODAY } from "./figures";
import type { People } from "./people";
import type { DemoProject } from "./projects";
import { Random } from "./random";

export type PermanentJobRow = { id: number; projectId: number; title: string; employer: string; createdOn: number; filled: boolean; workerId: number | null };

/** Creates the positions and sets each commissioned project's planned figure next to them. */
export function generatePermanentJobs(scale: number, projects: DemoProject[], people: People): PermanentJobRow[] {
  const rng = new Random("permanent-jobs");
  const commissioned = projects.map((p, index) => ({ p, index })).filter(({ p }) => p.status === "COMMISSIONED");
  const counts = apportion(Math.round(DEMO_AIMS.permanentJobs * scale), commissioned.map(({ p }) => p.plannedPermanentJobs));
  const rows: PermanentJobRow[] = [];
  commissioned.forEach(({ p, index }, i) => {
    const count = counts[i]!;
    p.plannedPermanentJobs = count + (rng.chance(0.2) ? rng.int(1, 3) : 0);
    const positions = PERMANENT_POSITIONS[p.kind] ?? PERMANENT_POSITIONS.default!;
    const employer = employerOf(p.kind, p.settlement, p.districtRu);
    const builders = people.homeCount[index]!;
    let nextBuilder = rng.int(0, Math.max(0, builders - 1));
    for (let k = 0; k < count; k++) {
      const filled = rng.chance(0.88);
      let workerId: number | null = null;
      if (filled && builders > 0 && rng.chance(0.35) && k < builders) {
        workerId = people.worker[people.homeStart[index]! + (nextBuilder++ % builders)]!;
      }
      rows.push({
        id: rows.length + 1,
        projectId: p.id,
        title: rng.weighted(positions),
        employer,
        createdOn: Math.min(p.commissionedAt! + rng.int(0, 40), DEMO_TODAY - 1),
        filled,
        workerId,
      });
    }
  });
  return rows;
}
