import * as migration_20261123_194118_initial from './20261123_194118_initial'

export const migrations = [
  {
    up: migration_20261123_194118_initial.up,
    down: migration_20261123_194118_initial.down,
    name: '20261123_194118_initial',
  },
]
