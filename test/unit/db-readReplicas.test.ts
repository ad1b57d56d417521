import { describe, expect, it } from '@jest/globals'

import { assertReplicasReachable, readReplicaURLs } from '../../src/db/readReplicas'
import { StartupError } from '../../src/env'

describe('DATABASE_READ_REPLICA_URLS', () => {
  it('is off when unset or blank: no replicas, not an empty list', () => {
    expect(readReplicaURLs(undefined)).toBeUndefined()
    expect(readReplicaURLs('')).toBeUndefined()
    expect(readReplicaURLs('  ')).toBeUndefined()
  })

  it('takes comma-separated connection strings, trimmed', () => {
    expect(
      readReplicaURLs(
        'postgres://reader:pw@replica-1:5432/casebook, postgresql://reader:pw@replica-2/casebook',
      ),
    ).toEqual([
      'postgres://reader:pw@replica-1:5432/casebook',
      'postgresql://reader:pw@replica-2/casebook',
    ])
  })

  it('refuses a malformed entry with a line naming it, without repeating its password', () => {
    const cases: [string, RegExp][] = [
      ['postgres://a:pw@h/db,,postgres://b:pw@h/db', /entry 2 is empty/],
      ['not a url', /entry 1 is not a connection string/],
      [
        'mysql://reader:secret@h/db',
        /entry 1 \(mysql:\/\/reader:\*\*\*@h\/db\) must start with postgres/,
      ],
      ['postgres://reader:secret@replica:5432', /entry 1 .* names no database/],
      ['postgres://reader:secret@replica:5432/', /entry 1 .* names no database/],
      ['postgres:///casebook', /entry 1 .* names no host/],
    ]
    for (const [raw, message] of cases) {
      let thrown: unknown
      try {
        readReplicaURLs(raw)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(StartupError)
      expect((thrown as Error).message).toMatch(/^DATABASE_READ_REPLICA_URLS: /)
      expect((thrown as Error).message).toMatch(message)
      expect((thrown as Error).message).not.toContain('secret')
    }
  })

  it('accepts a socket directory given as the host parameter', () => {
    expect(readReplicaURLs('postgres:///casebook?host=/var/run/postgresql')).toHaveLength(1)
  })

  it('fails the start with one line naming an unreachable replica', async () => {
    // Port 1 on the loopback refuses at once.
    await expect(
      assertReplicasReachable(['postgres://reader:secret@127.0.0.1:1/casebook']),
    ).rejects.toThrow(
      /^DATABASE_READ_REPLICA_URLS: entry 1: cannot connect to database postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1\/casebook/,
    )
  })
})
