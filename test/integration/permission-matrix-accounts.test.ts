import { beforeAll, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { apiClient } from '../helpers/http'
import {
  createMatrixFixture,
  accountSpecs,
  type MatrixFixture,
} from '../helpers/permissionSubjects'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, accountTable } from '../helpers/permissionTable'

const { ctx, server } = useTestApp()

// Accounts by rank: nobody acts on a higher rank; only admins change another account's credentials or role.
let fx: MatrixFixture

beforeAll(async () => {
  fx = await createMatrixFixture(ctx, apiClient(server.url))
})

it('the table has a spec for every subject', () => {
  expect(Object.keys(accountSpecs).sort()).toEqual(Object.keys(accountTable).sort())
  expect(countCells(accountTable)).toBeGreaterThan(0)
})

permissionSuite(accountTable, accountSpecs, () => fx)
