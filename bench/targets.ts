import type { ScenarioResult } from './measureScenario'
import type { ScenarioName } from './scenarios'

/**
 * `vsRaw`: req/s as a fraction of baseline (a); `p99VsRaw`: p99 latency as a multiple of (a)'s;
 * `vsCeiling`: req/s as a fraction of baseline (b); `statements`: SQL statements per request.
 */
export type Metric = 'vsRaw' | 'p99VsRaw' | 'vsCeiling' | 'statements'

export interface Target {
  scenario: ScenarioName
  cache: 'off' | 'on'
  metric: Metric
  bound: 'min' | 'max'
  value: number
}

const uncachedReads = ['list', 'list-graphql', 'tag-page', 'lesson'] as const
// GraphQL is a POST: it is not an HTTP-cacheable anonymous GET, so it has no cached target.
const cachedReads = ['list', 'tag-page', 'lesson'] as const

/** Every target of `npm run bench -- --check`, in one place. */
export const targets: readonly Target[] = [
  { scenario: 'list', cache: 'off', metric: 'vsRaw', bound: 'min', value: 0.35 },
  { scenario: 'list-graphql', cache: 'off', metric: 'vsRaw', bound: 'min', value: 0.3 },
  { scenario: 'tag-page', cache: 'off', metric: 'vsRaw', bound: 'min', value: 0.8 },
  { scenario: 'lesson', cache: 'off', metric: 'vsRaw', bound: 'min', value: 0.8 },
  ...uncachedReads.map((scenario): Target => ({
    scenario,
    cache: 'off',
    metric: 'p99VsRaw',
    bound: 'max',
    value: 4,
  })),
  ...cachedReads.map((scenario): Target => ({
    scenario,
    cache: 'on',
    metric: 'vsCeiling',
    bound: 'min',
    value: 0.25,
  })),
  // With the cache off the server builds the whole answer to learn its ETag, so a 304 costs a
  // full read: that run is reported, the target is for the cached path.
  { scenario: 'not-modified', cache: 'on', metric: 'vsCeiling', bound: 'min', value: 0.35 },
  { scenario: 'list', cache: 'off', metric: 'statements', bound: 'max', value: 4 },
  { scenario: 'tag-page', cache: 'off', metric: 'statements', bound: 'max', value: 3 },
  { scenario: 'lesson', cache: 'off', metric: 'statements', bound: 'max', value: 3 },
]

/** The value of `metric` in a result, or null when it was not measured. */
export function metricOf(result: ScenarioResult, metric: Metric): number | null {
  const { casebook, raw, ceiling, statements } = result
  switch (metric) {
    case 'vsRaw':
      return casebook && raw ? casebook.requestsPerSecond / raw.requestsPerSecond : null
    case 'p99VsRaw':
      return casebook && raw ? casebook.p99 / Math.max(raw.p99, 1) : null
    case 'vsCeiling':
      return casebook && ceiling ? casebook.requestsPerSecond / ceiling.requestsPerSecond : null
    case 'statements':
      return statements ? Math.max(statements.perRequest, statements.perRequestAt10 ?? 0) : null
  }
}

export interface TargetOutcome extends Target {
  actual: number | null
  met: boolean
}

/**
 * Each target whose scenario ran, met or not. A scenario that failed, or whose load got answers
 * of the wrong status, misses its targets.
 */
export function evaluateTargets(results: ScenarioResult[]): TargetOutcome[] {
  return targets.flatMap((target) => {
    const result = results.find((r) => r.scenario === target.scenario && r.cache === target.cache)
    if (!result) return []
    const actual = metricOf(result, target.metric)
    const within =
      actual !== null && (target.bound === 'min' ? actual >= target.value : actual <= target.value)
    return [{ ...target, actual, met: within && !result.error }]
  })
}
