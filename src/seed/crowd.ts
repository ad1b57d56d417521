import type { SeedUser } from './data/users'

// Name parts for the extra readers who back the larger like counts (stories reach 60 likes).
const firstNames = `Adaeze Bruno Camila Dmitri Elif Farah Gustavo Hiroshi Ingrid Jamal Katarina
  Lucas Malak Niamh Omar Paula Quentin Rosa Stefan Tariq Ulla Vikram`.split(/\s+/)
const lastNames = `Abara Bergstrom Castillo Dubois Eriksen Fontaine Gupta Horvat Ibrahim Jansen
  Kovacs Lindgren Moreau Nwosu Oyelaran Petrov Rahman Silva Tanaka Ueda Varga Weber Yilmaz`.split(
  /\s+/,
)

/**
 * `count` reader accounts with realistic names, always the same ones in the same order (the seed
 * must be repeatable). Each round through the first names shifts the surnames by one, so no
 * name repeats.
 */
export function crowdReaders(count: number): SeedUser[] {
  const capacity = firstNames.length * lastNames.length
  if (count > capacity) throw new Error(`at most ${capacity} crowd readers can be named`)
  return Array.from({ length: count }, (_, index) => {
    const column = index % firstNames.length
    const round = Math.floor(index / firstNames.length)
    const first = firstNames[column]
    const last = lastNames[(column + round) % lastNames.length]
    return { handle: `${first}${last}`.toLowerCase(), name: `${first} ${last}`, role: 'reader' }
  })
}

/** Readers beyond the raters, so every like count is backed by distinct accounts. */
export const seedCrowd: SeedUser[] = crowdReaders(44)
