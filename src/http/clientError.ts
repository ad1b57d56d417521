import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import type { Duplex } from 'node:stream'

/**
 * Requests Node's HTTP parser refuses before Express sees them (a NUL in a header, a malformed
 * request line) get the same error shape as every other 4xx, not Node's bare "400 Bad Request".
 */
export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy()
      return
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'
    const message = tooLarge
      ? 'The request headers are too large.'
      : 'The request could not be read.'
    const body = JSON.stringify({ errors: [{ message }] })
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${randomUUID()}\r\n` +
        `connection: close\r\n\r\n${body}`,
    )
  })
}
