import type { RequestListener } from 'node:http'

import type { ResponseCaching } from '../cache/caching'
import { writeSharedAnswer } from './conditional'
import { runMiddlewares, type NodeMiddleware } from './nodeMiddleware'

export interface KeptAnswersOptions {
  caching: ResponseCaching
  /** What every answer gets before it is written: request id, access log, headers, CORS. */
  before: readonly NodeMiddleware[]
}

/**
 * Answers an anonymous GET from the response cache before Express routes it, so a kept answer
 * costs a map lookup and a write. Safe without the host's checks: an answer is kept under the
 * exact target of a request that passed them all once, and the anonymity test is the same. A
 * kept answer spends no rate-limit budget. Everything else goes to `app`.
 */
export function answerKeptReadsFirst(
  app: RequestListener,
  { caching, before }: KeptAnswersOptions,
): RequestListener {
  return (req, res) => {
    const kept = caching.keptAnswerFor(req)
    if (!kept) return app(req, res)
    runMiddlewares(before, req, res, () => writeSharedAnswer(req, res, kept, caching.policy))
  }
}
