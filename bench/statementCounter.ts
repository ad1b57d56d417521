import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import type pg from 'pg'

/**
 * A preload for the servers the bench measures (`node --import <compiled copy of this file>`):
 * counts SQL statements at the driver by wrapping `pg`'s `Client.prototype.query` (every pooled
 * query, transaction control included, goes through it) and answers the running count on
 * 127.0.0.1:BENCH_STATEMENT_COUNTER_PORT. Does nothing unless that variable is set; only the bench
 * sets it. `pg` is resolved from the working directory, the server's own copy.
 */
const port = Number(process.env.BENCH_STATEMENT_COUNTER_PORT)
if (port) {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  const { Client } = require('pg') as typeof pg
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  let statements = 0
  prototype.query = function (this: unknown, ...args: unknown[]) {
    statements += 1
    return query.apply(this, args)
  }
  const counter = http.createServer((_req, res) => res.end(String(statements)))
  counter.listen(port, '127.0.0.1')
  counter.unref()
}
