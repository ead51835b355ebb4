/** The database the process works on; scripts and the server both read DATABASE_URL. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm start` (embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}
