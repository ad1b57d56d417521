import { isDeepStrictEqual } from 'node:util'

/** One request as the bench sends it (to casebook, the raw baseline or the ceiling). */
export interface BenchRequest {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export async function send(base: string, request: BenchRequest): Promise<Response> {
  return fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  })
}

/** The first path where two parsed JSON values differ, with both sides, or null when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      )
      if (inner) return inner
    }
  }
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? 'undefined'
  return `${at}: casebook ${show(a)} vs baseline ${show(b)}`
}

/** Values that differ between two equal writes by nature: row ids, item ids and timestamps. */
const volatileKeys = new Set(['id', 'value', 'createdAt', 'updatedAt'])
const masked = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(masked)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, volatileKeys.has(key) ? '*' : masked(inner)]),
  )
}

/**
 * Sends a write to casebook and the same write on another item (equal state: untouched) to the
 * baseline, and compares status and parsed answers, row ids, item ids and timestamps aside.
 */
export async function assertEquivalentWrite(
  casebook: string,
  baseline: string,
  ours: BenchRequest,
  theirs: BenchRequest,
): Promise<void> {
  const [a, b] = await Promise.all([send(casebook, ours), send(baseline, theirs)])
  const [aText, bText] = await Promise.all([a.text(), b.text()])
  if (a.status !== b.status) {
    throw new Error(`${ours.path}: casebook ${a.status} ${aText}, baseline ${b.status} ${bText}`)
  }
  const difference = firstDifference(masked(JSON.parse(aText)), masked(JSON.parse(bText)))
  if (difference) throw new Error(`${ours.path}: answers differ at ${difference}`)
}

export interface Equivalence {
  /** Size of casebook's answer body in bytes (the ceiling answers this many). */
  bytes: number
  baselineBytes: number
}

/**
 * Fetches the same request from casebook and the baseline and compares the parsed JSON deeply
 * (headers are ignored). Throws, naming the first difference, when they are not the same answer.
 */
export async function assertEquivalent(
  casebook: string,
  baseline: string,
  request: BenchRequest,
): Promise<Equivalence> {
  const [ours, theirs] = await Promise.all([send(casebook, request), send(baseline, request)])
  const [oursText, theirsText] = await Promise.all([ours.text(), theirs.text()])
  if (ours.status !== theirs.status) {
    throw new Error(`${request.path}: casebook ${ours.status}, baseline ${theirs.status}`)
  }
  const difference = firstDifference(JSON.parse(oursText), JSON.parse(theirsText))
  if (difference) throw new Error(`${request.path}: answers differ at ${difference}`)
  return { bytes: Buffer.byteLength(oursText), baselineBytes: Buffer.byteLength(theirsText) }
}
