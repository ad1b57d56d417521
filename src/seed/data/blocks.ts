/** A block of seed prose, turned into Lexical rich text by the seed. */
export type { ProseBlock as SeedBlock } from '../../content/lexical'
