import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createMatrixFixture, sharedSpecs, type MatrixFixture } from '../helpers/permissionMatrix'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, sharedTable } from '../helpers/permissionTable'
import { startTestServer, type TestServer } from '../helpers/server'

// Media, tags, ratings, likes and review events.
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
  expect(Object.keys(sharedSpecs).sort()).toEqual(Object.keys(sharedTable).sort())
  expect(countCells(sharedTable)).toBeGreaterThan(0)
})

permissionSuite(sharedTable, sharedSpecs, () => fx)
