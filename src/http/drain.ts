import { randomUUID } from 'node:crypto'
import http from 'node:http'

export interface DrainableServer {
  server: http.Server
  /**
   * Stops taking work: the listening socket closes (new connections are refused), requests that
   * arrive on open keep-alive connections get 503 with `Connection: close`, and requests already
   * in flight run to completion for up to `graceMs`; then every connection is closed.
   */
  drain: (graceMs: number) => Promise<void>
}

const refusal = JSON.stringify({ errors: [{ message: 'The server is shutting down.' }] })

/** An HTTP server for `listener` that can finish its in-flight requests before it stops. */
export function drainableServer(listener: http.RequestListener): DrainableServer {
  let draining = false
  let inFlight = 0
  let settle: (() => void) | undefined

  const server = http.createServer((req, res) => {
    if (draining) {
      res.writeHead(503, {
        'content-type': 'application/json',
        connection: 'close',
        'retry-after': '1',
        'x-request-id': randomUUID(),
      })
      res.end(refusal)
      return
    }
    inFlight += 1
    res.on('close', () => {
      inFlight -= 1
      if (draining && inFlight === 0) settle?.()
    })
    listener(req, res)
  })

  const drain = async (graceMs: number): Promise<void> => {
    draining = true
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        settle = resolve
        setTimeout(resolve, graceMs).unref()
      })
    }
    // Keep-alive and HMR sockets would hold close() open forever.
    server.closeAllConnections()
    await closed
  }

  return { server, drain }
}
