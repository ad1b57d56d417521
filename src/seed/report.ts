export type Outcome = 'created' | 'updated' | 'deleted' | 'unchanged'

/** Per kind of record (tags, users, stories, likes, ...), what the seed did to how many. */
export type Tallies = Record<string, Record<Outcome, number>>

export interface SeedReport {
  tallies: Tallies
  /** Derived values (counts, aggregates) the reconcilers had to fix at the end. */
  reconciled: number
  ms: number
}

export interface Tally {
  add: (kind: string, outcome: Outcome, n?: number) => void
  tallies: Tallies
}

export function createTally(): Tally {
  const tallies: Tallies = {}
  return {
    tallies,
    add: (kind, outcome, n = 1) => {
      tallies[kind] ??= { created: 0, updated: 0, deleted: 0, unchanged: 0 }
      tallies[kind][outcome] += n
    },
  }
}

/** How many records the run wrote (0 on a database that already holds the seed). */
export const writesOf = (report: SeedReport): number =>
  Object.values(report.tallies).reduce((sum, t) => sum + t.created + t.updated + t.deleted, 0) +
  report.reconciled

/** One line per kind, e.g. `likes: 712 created, 0 updated, 0 deleted, 0 unchanged`. */
export function formatReport(report: SeedReport): string[] {
  const lines = Object.entries(report.tallies).map(
    ([kind, t]) =>
      `${kind}: ${t.created} created, ${t.updated} updated, ${t.deleted} deleted, ${t.unchanged} unchanged`,
  )
  lines.push(`derived values fixed by reconcile: ${report.reconciled}`)
  lines.push(`${writesOf(report) === 0 ? 'nothing to change' : 'seeded'} in ${report.ms} ms`)
  return lines
}
