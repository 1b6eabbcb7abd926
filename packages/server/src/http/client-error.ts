import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpProblem } from './problem.js';

/** The problem for a request Node's HTTP parser refused before the app saw it. */
function problemFor(code: string | undefined): HttpProblem {
  if (code === 'HPE_HEADER_OVERFLOW')
    return new HttpProblem('header-too-large', 'The request headers may be at most 16 KiB');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_HEADERS_TIMEOUT')
    return new HttpProblem('request-timeout', 'The request did not arrive in time');
  return new HttpProblem('validation', 'This is not a valid HTTP request');
}

/**
 * Answers requests Node's own parser refuses (malformed, headers too large, too slow) with an
 * RFC 9457 problem like every other error, instead of Node's bare `400 Bad Request`.
 */
export function answerClientErrors(server: Pick<Server, 'on'>): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const problem = problemFor(error.code);
    const body = JSON.stringify(problem.toJSON());
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.slug === 'validation' ? 'Bad Request' : problem.slug === 'header-too-large' ? 'Request Header Fields Too Large' : 'Request Timeout'}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
