import { beforeAll, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { apiClient } from '../helpers/http'
import { createMatrixFixture, type MatrixFixture } from '../helpers/permissionSubjects'
import { sharedSpecs } from '../helpers/permissionSystemSubjects'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, sharedTable } from '../helpers/permissionTable'

const { ctx, server } = useTestApp()

// Media, tags, ratings, likes and review events.
let fx: MatrixFixture

beforeAll(async () => {
  fx = await createMatrixFixture(ctx, apiClient(server.url))
})

it('the table has a spec for every subject', () => {
  expect(Object.keys(sharedSpecs).sort()).toEqual(Object.keys(sharedTable).sort())
  expect(countCells(sharedTable)).toBeGreaterThan(0)
})

permissionSuite(sharedTable, sharedSpecs, () => fx)
