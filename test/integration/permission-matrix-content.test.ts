import { beforeAll, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { apiClient } from '../helpers/http'
import {
  createMatrixFixture,
  contentSpecs,
  type MatrixFixture,
} from '../helpers/permissionSubjects'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, contentTable } from '../helpers/permissionTable'

const { ctx, server } = useTestApp()

// Stories, lessons, community articles and question bundles: published and draft, staff's and author A's.
let fx: MatrixFixture

beforeAll(async () => {
  fx = await createMatrixFixture(ctx, apiClient(server.url))
})

it('the table has a spec for every subject', () => {
  expect(Object.keys(contentSpecs).sort()).toEqual(Object.keys(contentTable).sort())
  expect(countCells(contentTable)).toBeGreaterThan(0)
})

permissionSuite(contentTable, contentSpecs, () => fx)
