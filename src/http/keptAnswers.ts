import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { ResponseCaching } from '../cache/caching'
import type { StoredAnswer } from '../cache/responseCache'
import { writeSharedAnswer } from './conditional'
import { runMiddlewares, type NodeMiddleware } from './nodeMiddleware'

export interface KeptAnswersOptions {
  caching: ResponseCaching
  /** What every answer gets before it is written: request id, access log, headers, CORS. */
  before: readonly NodeMiddleware[]
  /** Whether the request's Authorization is a frontend's API key (reads what anyone reads). */
  isFrontend: (req: IncomingMessage) => Promise<boolean>
}

/**
 * Answers an anonymous GET from the response cache before Express routes it, so a kept answer
 * costs a map lookup and a write. Safe without the host's checks: an answer is kept under the
 * exact target of a request that passed them all once, and the anonymity test is the same. A
 * kept answer spends no rate-limit budget. Everything else goes to `app`.
 */
export function answerKeptReadsFirst(
  app: RequestListener,
  { caching, before, isFrontend }: KeptAnswersOptions,
): RequestListener {
  const serve = (req: IncomingMessage, res: ServerResponse, kept: StoredAnswer) =>
    runMiddlewares(before, req, res, () => writeSharedAnswer(req, res, kept, caching.policy))
  return (req, res) => {
    const kept = caching.keptAnswerFor(req)
    if (kept) return serve(req, res, kept)
    if (req.method !== 'GET' || req.headers.authorization === undefined) return app(req, res)
    // A frontend's key is recognised from memory, after a first lookup.
    isFrontend(req).then(
      (frontend) => {
        const keptForFrontend = frontend ? caching.keptAnswerFor(req, true) : undefined
        if (keptForFrontend) serve(req, res, keptForFrontend)
        else app(req, res)
      },
      () => app(req, res),
    )
  }
}
