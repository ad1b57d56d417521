/** A block of seed prose, turned into Lexical rich text by the seed. */
export type SeedBlock =
  | { type: 'h2'; text: string }
  | { type: 'p'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'hr' }
