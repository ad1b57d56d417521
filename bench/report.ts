import { writeFile } from 'node:fs/promises'
import os from 'node:os'

import { format } from 'prettier'

import type { ScenarioResult } from './measureScenario'
import { metricOf, type TargetOutcome } from './targets'

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits)

const ratio = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}x`)

function statementsCell({ statements }: ScenarioResult): string {
  if (!statements) return '–'
  const main = fixed(statements.perRequest, 2)
  return statements.perRequestAt10 === undefined
    ? main
    : `${main} / ${fixed(statements.perRequestAt10, 2)}`
}

function row(result: ScenarioResult): string {
  const { casebook, raw, ceiling, rssMB } = result
  const cells = [
    result.scenario,
    result.cache,
    fixed(casebook?.requestsPerSecond, 0),
    fixed(casebook?.p50, 1),
    fixed(casebook?.p99, 1),
    fixed(raw?.requestsPerSecond, 0),
    ratio(metricOf(result, 'vsRaw')),
    ratio(metricOf(result, 'p99VsRaw')),
    fixed(ceiling?.requestsPerSecond, 0),
    ratio(metricOf(result, 'vsCeiling')),
    statementsCell(result),
    fixed(result.statements?.raw, 2),
    rssMB ? `${rssMB.before} → ${rssMB.after}` : '–',
    result.error ?? '',
  ]
  return `| ${cells.join(' | ')} |`
}

/** The results as a markdown table, one row per scenario and cache mode. */
export function resultsTable(results: ScenarioResult[]): string {
  const header = [
    'scenario',
    'cache',
    'req/s',
    'p50 ms',
    'p99 ms',
    '(a) req/s',
    '×(a)',
    'p99 ×(a)',
    '(b) req/s',
    '×(b)',
    'SQL/req (20 / 10)',
    '(a) SQL/req',
    'RSS MB',
    'note',
  ]
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...results.map(row),
  ].join('\n')
}

const describeTarget = (t: TargetOutcome) => {
  const metric = {
    vsRaw: 'req/s ×(a)',
    p99VsRaw: 'p99 ×(a)',
    vsCeiling: 'req/s ×(b)',
    statements: 'SQL/req',
  }[t.metric]
  const actual = t.actual === null ? 'not measured' : t.actual.toFixed(2)
  return `${t.met ? '✓' : '✗'} ${t.scenario} (cache ${t.cache}): ${metric} ${actual}, target ${t.bound === 'min' ? '≥' : '≤'} ${t.value}`
}

export const targetLines = (outcomes: TargetOutcome[]): string[] => outcomes.map(describeTarget)

export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`

/** Writes bench/results.json: options, machine, every measurement and the targets' outcomes. */
export async function writeResults(
  file: string,
  options: Record<string, unknown>,
  results: ScenarioResult[],
  outcomes: TargetOutcome[],
): Promise<void> {
  const document = {
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    options,
    results,
    targets: outcomes,
  }
  // Formatted as `npm run lint` expects, so a committed run passes it.
  await writeFile(file, await format(JSON.stringify(document), { parser: 'json', filepath: file }))
}
