import type { Context } from 'hono';
import { HttpProblem } from './problem.js';

/** Options of {@link readBody}. */
export interface ReadBodyOptions {
  /** The largest body accepted, in bytes. */
  maxBytes: number;
  /**
   * How many bytes of an oversized body are read and thrown away so the client can finish
   * sending and read the 413 (closing a socket with unread data makes the kernel send a reset,
   * which clients see as ECONNRESET/EPIPE instead of the answer). Beyond this, the connection
   * is closed without reading further. @default 16 MiB
   */
  drainBytes?: number;
  /** How long the draining may take. @default 10 s */
  drainMs?: number;
}

const tooLarge = (maxBytes: number) =>
  new HttpProblem('payload-too-large', `The body may be at most ${maxBytes} bytes`, {
    headers: { Connection: 'close' },
  });

/**
 * Reads a request body of at most `maxBytes` as text. An oversized body is answered with 413
 * `payload-too-large` reliably: the rest of it is read and discarded first (up to
 * `drainBytes`), and the answer closes the connection.
 * @throws HttpProblem 413
 */
export async function readBody(c: Context, options: ReadBodyOptions): Promise<string> {
  const { maxBytes } = options;
  const drainBytes = options.drainBytes ?? 16 * 1024 * 1024;
  const declared = Number(c.req.header('Content-Length'));
  // Announced larger than we would ever drain: say so at once and close.
  if (Number.isFinite(declared) && declared > maxBytes + drainBytes) throw tooLarge(maxBytes);
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = Number.isFinite(declared) && declared > maxBytes;
  const deadline = Date.now() + (options.drainMs ?? 10_000);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) over = true;
    if (!over) chunks.push(value);
    else if (total > maxBytes + drainBytes || Date.now() > deadline) break;
  }
  reader.releaseLock();
  if (over) throw tooLarge(maxBytes);
  return Buffer.concat(chunks).toString('utf8');
}
