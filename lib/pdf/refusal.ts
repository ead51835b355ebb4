// A download refused: the status and a translated sentence, never a stack trace.
type ErrorText = (key: "unauthenticated" | "forbidden" | "notFound") => string;

export function refusal(status: 401 | 403 | 404, t: ErrorText): Response {
  const key = status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "notFound";
  return new Response(t(key), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
