import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createMatrixFixture, contentSpecs, type MatrixFixture } from '../helpers/permissionMatrix'
import { permissionSuite } from '../helpers/permissionSuite'
import { countCells, contentTable } from '../helpers/permissionTable'
import { startTestServer, type TestServer } from '../helpers/server'

// Stories, lessons, community articles and question bundles: published and draft, staff's and author A's.
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
  expect(Object.keys(contentSpecs).sort()).toEqual(Object.keys(contentTable).sort())
  expect(countCells(contentTable)).toBeGreaterThan(0)
})

permissionSuite(contentTable, contentSpecs, () => fx)
