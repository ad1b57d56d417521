import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createMatrixFixture, accountSpecs, type MatrixFixture } from '../helpers/permissionMatrix'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, accountTable } from '../helpers/permissionTable'
import { startTestServer, type TestServer } from '../helpers/server'

// Accounts by rank: nobody acts on a higher rank; only admins change another account's credentials or role.
let ctx: TestPayload
let server: TestServer
let fx: MatrixFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  server = await startTestServer(ctx.config)
  fx = await createMatrixFixture(ctx, apiClient(server.url))
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

it('the table has a spec for every subject', () => {
  expect(Object.keys(accountSpecs).sort()).toEqual(Object.keys(accountTable).sort())
  expect(countCells(accountTable)).toBeGreaterThan(0)
})

permissionSuite(accountTable, accountSpecs, () => fx)
