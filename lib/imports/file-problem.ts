// A problem of an uploaded file as a whole (its job ends as failed with this one error), thrown
// from deep inside the readers and turned into the job's outcome by read-file.ts. The code is
// translated under "imports.errors.<code>".

export type FileProblem = { code: string; params?: Record<string, string | number> };

export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
    this.name = "FileProblemError";
  }
}
