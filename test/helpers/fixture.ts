import { afterAll, beforeAll } from '@jest/globals'

import { apiClient, type ApiClient } from './http'
import { startTestPayload, type TestPayload } from './payload'
import { startTestServer, type TestServer } from './server'

type ServerOverrides = NonNullable<Parameters<typeof startTestServer>[1]>

export interface TestApp {
  /** Payload on a fresh, migrated database of this test file's own. */
  ctx: TestPayload
  /** The real Express host in front of it (absent with `{ server: false }`). */
  server: TestServer
  /** A REST client for `server`. */
  api: ApiClient
}

/**
 * A stand-in for an object that exists only once `beforeAll` has run: test files take it at
 * module level (`const { ctx, api } = useTestApp()`) and use it inside their tests.
 */
function late<T extends object>(name: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get: (_target, property) => {
      const value = get()
      if (!value) throw new Error(`${name} is used before beforeAll set it up`)
      const member = Reflect.get(value, property, value) as unknown
      return typeof member === 'function' ? member.bind(value) : member
    },
  })
}

/**
 * The setup every integration test file shares, registered on the file's `beforeAll` and
 * `afterAll`: a fresh database with Payload, the Express host (unless `server: false`) and a REST
 * client. Everything is torn down after the file, the database dropped.
 */
export function useTestApp(options: { server?: ServerOverrides | false } = {}): TestApp {
  let ctx: TestPayload | undefined
  let server: TestServer | undefined
  let api: ApiClient | undefined

  beforeAll(async () => {
    ctx = await startTestPayload()
    if (options.server !== false) {
      server = await startTestServer(ctx.config, options.server ?? {})
      api = apiClient(server.url)
    }
  })

  afterAll(async () => {
    await server?.close()
    await ctx?.close()
  })

  return {
    ctx: late('ctx', () => ctx),
    server: late('server', () => server),
    api: late('api', () => api),
  }
}
