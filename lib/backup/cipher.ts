// AES-256-GCM around the gzip stream. One GCM message per file (a random 96-bit IV each time,
// never reused with a key), authenticated together with the plain header: a changed byte
// anywhere in header or body fails the tag. GCM takes at most 64 GiB per message, far above a
// backup of the portal (scale 10 compresses to a few hundred MB).
import crypto from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { CIPHER, encodeEndMark, encodeHeader, IV_BYTES } from "./format";
import { keyId } from "./key";

/** Turns the gzip stream into a whole backup file: header, body, tag, end mark. */
export class Sealer extends Transform {
  private readonly cipher: crypto.CipherGCM;
  private bodyLength = 0;

  constructor(key: Buffer) {
    super();
    const iv = crypto.randomBytes(IV_BYTES);
    const header = encodeHeader(keyId(key), iv);
    this.cipher = crypto.createCipheriv(CIPHER, key, iv);
    this.cipher.setAAD(header);
    this.push(header);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const out = this.cipher.update(chunk);
    this.bodyLength += out.length;
    callback(null, out);
  }

  override _flush(callback: TransformCallback): void {
    const last = this.cipher.final();
    this.bodyLength += last.length;
    if (last.length) this.push(last);
    this.push(this.cipher.getAuthTag());
    this.push(encodeEndMark(this.bodyLength));
    callback();
  }
}

export function createOpener(key: Buffer, iv: Buffer, header: Buffer, tag: Buffer): crypto.DecipherGCM {
  const decipher = crypto.createDecipheriv(CIPHER, key, iv);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  return decipher;
}
