import { rssMB } from './compiledServer'
import { assertEquivalent, assertEquivalentWrite, send, type BenchRequest } from './equivalence'
import { load, type LoadOptions, type LoadResult, type RequestSource } from './load'
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

async function loadCasebook(
  ctx: MeasureContext,
  source: RequestSource,
  expected: number[],
): Promise<Pick<ScenarioResult, 'casebook' | 'rssMB' | 'error'>> {
  const pid = ctx.casebook.pid!
  const before = rssMB(pid)
  const casebook = await load(ctx.casebook.url, source, expected, ctx.load)
  const error = casebook.unexpected
    ? `${casebook.unexpected} of ${casebook.requests} answers were not ${expected.join('/')}`
    : undefined
  return { casebook, rssMB: { before, after: rssMB(pid) }, error }
}

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
  const measured = await loadCasebook(ctx, request, scenario.expectedStatus)
  const raw = await load(ctx.raw.url, request, 200, ctx.load)
  const ceilingRequest: BenchRequest = { method: 'GET', path: `/ceiling/${bytes.bytes}` }
  const ceiling = await load(ctx.raw.url, ceilingRequest, 200, ctx.load)
  return {
    ...measured,
    raw,
    ceiling,
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
  const measured = await loadCasebook(ctx, request, scenario.expectedStatus)
  const ceilingRequest: BenchRequest = { method: 'GET', path: '/ceiling/304' }
  const ceiling = await load(ctx.raw.url, ceilingRequest, 304, ctx.load)
  return { ...measured, ceiling, statements }
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
  // One source for counts and loads, casebook's then the baseline's: no write repeats another.
  const source = scenario.request(ctx.setup, 20)
  const statements = {
    perRequest: await statementsPerRequest(ctx.casebook.counterPort, ctx.casebook.url, source),
    raw: await statementsPerRequest(ctx.raw.counterPort, ctx.raw.url, source),
  }
  const measured = await loadCasebook(ctx, source, scenario.expectedStatus)
  const raw = await load(ctx.raw.url, source, scenario.expectedStatus, ctx.load)
  return { ...measured, raw, statements }
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
