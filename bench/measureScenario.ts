import { rssMB } from './compiledServer'
import { assertEquivalent, assertEquivalentWrite, send, type BenchRequest } from './equivalence'
import {
  loadInTurns,
  type LoadOptions,
  type LoadResult,
  type LoadTarget,
  type RequestSource,
} from './load'
import { probeArticles, type BenchSetup, type Scenario } from './scenarios'
import { statementsPerRequest } from './statements'

/** A server under measurement: where it listens and where its statement counter answers. */
export interface MeasuredServer {
  url: string
  counterPort: number
  /** Set for casebook: its RSS is read before and after the load. */
  pid?: number
}

export interface MeasureContext {
  casebook: MeasuredServer
  /** The raw node:http + pg baseline, which also serves the ceiling. */
  raw: MeasuredServer
  setup: BenchSetup
  load: LoadOptions
}

export interface ScenarioResult {
  scenario: Scenario['name']
  cache: 'off' | 'on'
  casebook?: LoadResult
  /** Baseline (a): the raw server answering the same JSON. */
  raw?: LoadResult
  /** Baseline (b): node:http answering a constant body of casebook's size (or an empty 304). */
  ceiling?: LoadResult
  statements?: { perRequest: number; perRequestAt10?: number; raw?: number }
  bytes?: { casebook: number; raw: number }
  rssMB?: { before: number; after: number }
  /** Why the scenario failed, or what went wrong under load. */
  error?: string
}

/** Equivalence failures stop the bench: a ratio against a different answer means nothing. */
export class NotEquivalentError extends Error {}

/**
 * Loads casebook and its baselines in turns (see loadInTurns), reading casebook's RSS before and
 * after; answers of an unexpected status from casebook are reported as the scenario's error.
 */
async function loadWithBaselines(
  ctx: MeasureContext,
  source: RequestSource,
  expectedStatus: number[],
  baselines: LoadTarget[],
): Promise<Pick<ScenarioResult, 'casebook' | 'rssMB' | 'error'> & { baselines: LoadResult[] }> {
  const pid = ctx.casebook.pid!
  const before = rssMB(pid)
  const casebookTarget: LoadTarget = { url: ctx.casebook.url, source, expectedStatus }
  const [casebook, ...measured] = await loadInTurns([casebookTarget, ...baselines], ctx.load)
  const wrong = [casebook, ...measured].find((result) => result.unexpected > 0)
  const error = wrong
    ? `${wrong === casebook ? 'casebook' : 'a baseline'}: ${wrong.unexpected} of ${wrong.requests} answers were not as expected`
    : undefined
  return { casebook, baselines: measured, rssMB: { before, after: rssMB(pid) }, error }
}

const ceilingOf = (ctx: MeasureContext, size: string): LoadTarget => ({
  url: ctx.raw.url,
  source: { method: 'GET', path: `/ceiling/${size}` },
  expectedStatus: [size === '304' ? 304 : 200],
})

async function measureRead(
  ctx: MeasureContext,
  scenario: Scenario,
): Promise<Partial<ScenarioResult>> {
  const request = scenario.request(ctx.setup, 20) as BenchRequest
  const small = scenario.request(ctx.setup, 10) as BenchRequest
  let bytes
  try {
    bytes = await assertEquivalent(ctx.casebook.url, ctx.raw.url, request)
    if (scenario.paged) await assertEquivalent(ctx.casebook.url, ctx.raw.url, small)
  } catch (error) {
    throw new NotEquivalentError(`${scenario.name}: ${(error as Error).message}`)
  }
  const statements = {
    perRequest: await statementsPerRequest(ctx.casebook.counterPort, ctx.casebook.url, request),
    perRequestAt10: scenario.paged
      ? await statementsPerRequest(ctx.casebook.counterPort, ctx.casebook.url, small)
      : undefined,
    raw: await statementsPerRequest(ctx.raw.counterPort, ctx.raw.url, request),
  }
  const { baselines, ...measured } = await loadWithBaselines(
    ctx,
    request,
    scenario.expectedStatus,
    [
      { url: ctx.raw.url, source: request, expectedStatus: [200] },
      ceilingOf(ctx, String(bytes.bytes)),
    ],
  )
  return {
    ...measured,
    raw: baselines[0],
    ceiling: baselines[1],
    statements,
    bytes: { casebook: bytes.bytes, raw: bytes.baselineBytes },
  }
}

async function measureConditional(
  ctx: MeasureContext,
  scenario: Scenario,
): Promise<Partial<ScenarioResult>> {
  const plain = scenario.request(ctx.setup, 20) as BenchRequest
  const first = await send(ctx.casebook.url, plain)
  await first.arrayBuffer()
  const etag = first.headers.get('etag')
  if (!etag) return { error: 'the first answer carries no ETag: no conditional GET to measure' }
  const request = { ...plain, headers: { ...plain.headers, 'if-none-match': etag } }
  const check = await send(ctx.casebook.url, request)
  await check.arrayBuffer()
  if (check.status !== 304) return { error: `If-None-Match was answered ${check.status}, not 304` }
  const statements = {
    perRequest: await statementsPerRequest(ctx.casebook.counterPort, ctx.casebook.url, request),
  }
  const { baselines, ...measured } = await loadWithBaselines(
    ctx,
    request,
    scenario.expectedStatus,
    [ceilingOf(ctx, '304')],
  )
  return { ...measured, ceiling: baselines[0], statements }
}

async function measureWrite(
  ctx: MeasureContext,
  scenario: Scenario,
): Promise<Partial<ScenarioResult>> {
  const [ours, theirs] = probeArticles(ctx.setup)
  const reader = ctx.setup.authorizations[0]
  try {
    await assertEquivalentWrite(
      ctx.casebook.url,
      ctx.raw.url,
      scenario.write!(reader, ours, 0),
      scenario.write!(reader, theirs, 0),
    )
  } catch (error) {
    throw new NotEquivalentError(`${scenario.name}: ${(error as Error).message}`)
  }
  // One source for the counts and both servers' loads: no write repeats another.
  const source = scenario.request(ctx.setup, 20)
  const statements = {
    perRequest: await statementsPerRequest(ctx.casebook.counterPort, ctx.casebook.url, source),
    raw: await statementsPerRequest(ctx.raw.counterPort, ctx.raw.url, source),
  }
  const { baselines, ...measured } = await loadWithBaselines(ctx, source, scenario.expectedStatus, [
    { url: ctx.raw.url, source, expectedStatus: scenario.expectedStatus },
  ])
  return { ...measured, raw: baselines[0], statements }
}

const measures = { read: measureRead, conditional: measureConditional, write: measureWrite }

/** Measures one scenario on the running casebook; failures other than equivalence are recorded. */
export async function measureScenario(
  ctx: MeasureContext,
  scenario: Scenario,
  cache: 'off' | 'on',
): Promise<ScenarioResult> {
  try {
    return { scenario: scenario.name, cache, ...(await measures[scenario.kind](ctx, scenario)) }
  } catch (error) {
    if (error instanceof NotEquivalentError) throw error
    return { scenario: scenario.name, cache, error: String(error) }
  }
}
