import { beforeAll, describe, expect, it } from '@jest/globals'

import { graphqlCell } from './permissionGraphql'
import { freshTargetFor, partiesFor, restCell } from './permissionMatrix'
import { createMatrixFixture, type MatrixFixture, type SubjectSpec } from './permissionSubjects'
import { useTestApp } from './fixture'
import { apiClient } from './http'
import {
  actors,
  cellsOf,
  countCells,
  type AccountOperation,
  type Actor,
  type Operation,
  type SubjectRows,
} from './permissionTable'

const countsRows = (operation: Operation | AccountOperation) =>
  operation === 'create' || operation === 'duplicate'

/** Reads first, writes after, destroying operations last: each cell sees the target it expects. */
const order: (Operation | AccountOperation)[] = [
  'create',
  'read',
  'readEmail',
  'list',
  'versions',
  'update',
  'setPassword',
  'setEmail',
  'setRole',
  'restore',
  'duplicate',
  'bulkUpdate',
  'delete',
  'bulkDelete',
]

/**
 * One `describe` per subject and one test per (transport, operation): the test performs the
 * operation as each of the eight callers and compares what happened with the table's row.
 */
export function permissionSuite(
  table: Record<string, SubjectRows>,
  specs: Record<string, SubjectSpec>,
  fixture: () => MatrixFixture,
): void {
  for (const [subject, rows] of Object.entries(table)) {
    const spec = specs[subject]
    if (!spec) throw new Error(`no spec for ${subject}`)
    describe(subject, () => {
      let shared: number | undefined
      beforeAll(async () => {
        if (!spec.fresh && !spec.own) shared = await spec.make(fixture())
      })
      for (const operation of order) {
        for (const transport of ['rest', 'graphql'] as const) {
          const row = rows[transport][operation]
          if (!row) continue
          const expected = Object.fromEntries(
            Object.entries(cellsOf(row)).filter(([, code]) => code !== '-'),
          )
          it(`${transport} ${operation}`, async () => {
            const fx = fixture()
            const cell = async (actor: Actor): Promise<[Actor, string]> => {
              const fresh = Boolean(spec.fresh) || freshTargetFor(operation)
              const parties = await partiesFor(fx, spec, actor, shared, fresh)
              const code =
                transport === 'rest'
                  ? await restCell(fx, spec, operation, actor, parties)
                  : await graphqlCell(fx, spec, operation, actor, parties)
              return [actor, code]
            }
            const callers = actors.filter((actor) => actor in expected)
            // Cells that count rows run one at a time; the others touch only their own target.
            const results: [Actor, string][] = []
            if (countsRows(operation)) {
              for (const actor of callers) results.push(await cell(actor))
            } else {
              results.push(...(await Promise.all(callers.map(cell))))
            }
            const observed = Object.fromEntries(results)
            expect(observed).toEqual(expected)
          })
        }
      }
    })
  }
}

/**
 * One test file of the matrix: its own database and host, the eight callers, a check that the
 * table and the specs name the same subjects, then every cell of the table.
 */
export function permissionMatrixFile(
  table: Record<string, SubjectRows>,
  specs: Record<string, SubjectSpec>,
): void {
  const { ctx, server } = useTestApp()
  let fx: MatrixFixture

  beforeAll(async () => {
    fx = await createMatrixFixture(ctx, apiClient(server.url))
  })

  it('the table has a spec for every subject', () => {
    expect(Object.keys(specs).sort()).toEqual(Object.keys(table).sort())
    expect(countCells(table)).toBeGreaterThan(0)
  })

  permissionSuite(table, specs, () => fx)
}
