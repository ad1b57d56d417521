import { beforeAll, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { apiClient } from '../helpers/http'
import { createMatrixFixture, type MatrixFixture } from '../helpers/permissionSubjects'
import { systemSpecs } from '../helpers/permissionSystemSubjects'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, systemTable } from '../helpers/permissionTable'

const { ctx, server } = useTestApp()

// Payload's own collections: locks, preferences, jobs, key-value and migrations.
let fx: MatrixFixture

beforeAll(async () => {
  fx = await createMatrixFixture(ctx, apiClient(server.url))
})

it('the table has a spec for every subject', () => {
  expect(Object.keys(systemSpecs).sort()).toEqual(Object.keys(systemTable).sort())
  expect(countCells(systemTable)).toBeGreaterThan(0)
})

permissionSuite(systemTable, systemSpecs, () => fx)
