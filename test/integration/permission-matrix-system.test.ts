import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createMatrixFixture, systemSpecs, type MatrixFixture } from '../helpers/permissionMatrix'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, systemTable } from '../helpers/permissionTable'
import { startTestServer, type TestServer } from '../helpers/server'

// Payload's own collections: locks, preferences, jobs, key-value and migrations.
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
  expect(Object.keys(systemSpecs).sort()).toEqual(Object.keys(systemTable).sort())
  expect(countCells(systemTable)).toBeGreaterThan(0)
})

permissionSuite(systemTable, systemSpecs, () => fx)
