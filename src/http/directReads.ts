import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { casebookOptionsOf } from '../access/principal'
import type { ResponseCaching } from '../cache/caching'
import { dependencyMap, tagPageDependencies } from '../cache/dependencies'
import { isAnonymousRead } from '../cache/publicRead'
import type { StoredAnswer } from '../cache/responseCache'
import { writePublicAnswer } from './conditional'
import { sendError } from './errors'
import { targetProblem } from './gate'
import { articleListQueried } from './articleListAnswer'
import { lessonSlugQueried } from './lessonAnswer'
import { pathOf, runMiddlewares, type NodeMiddleware } from './nodeMiddleware'
import { answerTagPage } from './tagPageAnswer'

export interface DirectReadsOptions {
  payload: Payload
  caching: ResponseCaching
  /** What every /api answer gets first, as in Express: request id, access log, headers, CORS. */
  before: readonly NodeMiddleware[]
  /** Spends the API's rate limit as Express does; false when it answered 429. */
  spend: (
    req: IncomingMessage,
    res: ServerResponse,
    address: string | undefined,
  ) => Promise<boolean>
  /** The client's address as Express reads it (honouring `trust proxy`). */
  addressOf: (req: IncomingMessage) => string | undefined
  /** The host's lesson-by-slug answer (`lessonAnswerer`), shared with the Express path. */
  answerLesson: (path: string, url: string) => Promise<StoredAnswer | undefined>
  /** The host's card list of articles (`articleListAnswerer`), shared with the Express path. */
  answerArticleList: (path: string, url: string) => Promise<StoredAnswer | undefined>
  /** Payload's own answer to the read, when the host's gives way. */
  payloadAnswer: (req: IncomingMessage, address: string | undefined) => Promise<StoredAnswer>
}

interface DirectRead {
  dependencies: readonly string[]
  /** The host's answer, or undefined when Payload must answer. */
  answer: () => Promise<StoredAnswer | undefined>
}

const tagPagePath = /^\/tags\/[^/]+\/page$/

/** A request with a body is Express's to check (`bodyProblem`). */
const hasBody = (req: IncomingMessage): boolean =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')

/**
 * Answers the reads a frontend makes most, the tag page, a lesson by slug and the card list of
 * articles, when anonymous, before Express routes them: Express's routing costs more CPU than
 * their one SQL statement. The same rules hold as on the Express path, in the same order: request
 * id, access log, security headers and CORS (`before`), then the API's rate limit, then the
 * response cache (single flight, kept only if shareable). A target Express would refuse
 * (`targetProblem`), one with a body, a draft read, a signed-in or frontend caller, and anything
 * else go to `app`.
 */
export function answerDirectReadsFirst(
  app: RequestListener,
  options: DirectReadsOptions,
): RequestListener {
  const { payload, caching, before, spend, addressOf, answerLesson, answerArticleList } = options
  const { payloadAnswer } = options
  const dependencies = dependencyMap(payload.config)
  const lessonDependencies = dependencies.get('lessons')
  const articleDependencies = dependencies.get('community-articles')
  const { maxPageSize } = casebookOptionsOf(payload.config)
  const sessionCookie = `${payload.config.cookiePrefix}-token=`

  const readOf = (req: IncomingMessage): DirectRead | undefined => {
    if (!isAnonymousRead(req, sessionCookie) || hasBody(req)) return undefined
    const target = req.url ?? ''
    const path = pathOf(target)
    if (!path.startsWith('/api/') || targetProblem(target) !== null) return undefined
    if (new URLSearchParams(target.slice(path.length)).has('draft')) return undefined
    const apiPath = path.slice('/api'.length)
    if (tagPagePath.test(apiPath)) {
      return {
        dependencies: tagPageDependencies,
        answer: () => answerTagPage(payload, apiPath, target),
      }
    }
    if (lessonDependencies && lessonSlugQueried(apiPath, target) !== undefined) {
      return { dependencies: lessonDependencies, answer: () => answerLesson(apiPath, target) }
    }
    if (articleDependencies && articleListQueried(apiPath, target, maxPageSize)) {
      return {
        dependencies: articleDependencies,
        answer: () => answerArticleList(apiPath, target),
      }
    }
    return undefined
  }

  const serve = async (req: IncomingMessage, res: ServerResponse, read: DirectRead) => {
    const address = addressOf(req)
    if (!(await spend(req, res, address))) return
    const compute = async () => (await read.answer()) ?? (await payloadAnswer(req, address))
    const cache = caching.cache()
    const target = req.url ?? ''
    const answer = cache
      ? await cache.fetch(target, read.dependencies, compute, (kept) => kept.shareable)
      : await compute()
    writePublicAnswer(req, res, answer, caching.policy)
  }

  return (req, res) => {
    const read = readOf(req)
    if (!read) return app(req, res)
    runMiddlewares(before, req, res, () => {
      serve(req, res, read).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'unhandled error' })
        if (!res.headersSent) sendError(res, 500, 'Something went wrong.')
        else res.destroy()
      })
    })
  }
}
