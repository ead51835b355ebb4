// Limits on a person's record, without the schemas (zod) that apply them: the import's column
// list, which the upload form loads in the browser, needs the number and not zod's 31 KB.

export const FULL_NAME_MAX_LENGTH = 200;
