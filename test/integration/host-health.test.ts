import { describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'

const { ctx, api } = useTestApp()

describe('health checks for load balancers', () => {
  it('answers liveness without versions or internals, never cached', async () => {
    const response = await api.get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await api.get('/api/health/ready')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ready' })
  })

  it('answers 503 in the error shape while a migration is pending, and recovers by itself', async () => {
    const [latest] = await ctx.sql<{ id: number; name: string; batch: number }>(
      'SELECT id, name, batch FROM payload_migrations ORDER BY id DESC LIMIT 1',
    )
    await ctx.sql('DELETE FROM payload_migrations WHERE id = $1', [latest.id])
    try {
      const response = await api.get('/api/health/ready')
      expect(response.status).toBe(503)
      expect(response.body).toEqual({ errors: [{ message: 'Not ready: migrations pending.' }] })
    } finally {
      await ctx.sql('INSERT INTO payload_migrations (id, name, batch) VALUES ($1, $2, $3)', [
        latest.id,
        latest.name,
        latest.batch,
      ])
    }
    expect((await api.get('/api/health/ready')).status).toBe(200)
  })
})
