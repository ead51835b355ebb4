// Streaming XML for the parts of an XLSX: chunks of UTF-8 in, element events out, through saxes
// (the parser exceljs itself uses; linear, no entity expansion beyond the predefined ones).
// Names lose their namespace prefix ("x:row" → "row"): Excel writes none, other producers do.
// A character split between two chunks is decoded whole (the bug of exceljs issues #2063, #2316).
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import { FileProblemError } from "./file-problem";

export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
};

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** An attribute by its local name ("r:id" and "ns2:id" are both "id" when `prefixed`). */
export function attribute(attributes: Record<string, string>, local: string, prefixed = false): string | undefined {
  if (!prefixed) return attributes[local];
  for (const [name, value] of Object.entries(attributes)) if (name.includes(":") && localName(name) === local) return value;
  return undefined;
}

/**
 * Feeds the chunks to the parser; `afterChunk` runs after each one, so that a caller can hand
 * out what the handlers collected (rows) while the rest is still compressed.
 */
export async function* parseXml<T>(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers, afterChunk: () => T[] = () => []): AsyncGenerator<T> {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on("text", (text) => handlers.text?.(text));
  parser.on("cdata", (text) => handlers.text?.(text));
  parser.on("closetag", (tag) => handlers.close?.(localName(tag.name)));
  const decoder = new StringDecoder("utf8");
  const fail = () => new FileProblemError({ code: "unreadableFile" });
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    if (failure) throw fail();
    yield* afterChunk();
  }
  parser.write(decoder.end());
  parser.close();
  if (failure) throw fail();
  yield* afterChunk();
}

/** Runs the parser over a whole part for its handlers' side effects. */
export async function readXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parseXml(chunks, handlers)) void _;
}
