export interface SeedUser {
  handle: string
  name: string
  role: 'author' | 'reader'
}

/** One per distinct `@handle` on the Reliability tag page, in order of first appearance. */
export const seedAuthors: SeedUser[] = [
  { handle: 'zarakamau', name: 'Zara Kamau', role: 'author' },
  { handle: 'nathanrivera', name: 'Nathan Rivera', role: 'author' },
  { handle: 'chloesaeed', name: 'Chloe Saeed', role: 'author' },
  { handle: 'alexsaeed', name: 'Alex Saeed', role: 'author' },
  { handle: 'arjunpatel', name: 'Arjun Patel', role: 'author' },
  { handle: 'hannahchakraborty', name: 'Hannah Chakraborty', role: 'author' },
  { handle: 'nathanmurphy', name: 'Nathan Murphy', role: 'author' },
  { handle: 'antonmorgan', name: 'Anton Morgan', role: 'author' },
  { handle: 'aishasantos', name: 'Aisha Santos', role: 'author' },
  { handle: 'gabrielkhalil', name: 'Gabriel Khalil', role: 'author' },
  { handle: 'sanjayward', name: 'Sanjay Ward', role: 'author' },
  { handle: 'valentinamwangi', name: 'Valentina Mwangi', role: 'author' },
  { handle: 'ananyanakamura', name: 'Ananya Nakamura', role: 'author' },
  { handle: 'chloekelly', name: 'Chloe Kelly', role: 'author' },
  { handle: 'oliviadelgado', name: 'Olivia Delgado', role: 'author' },
  { handle: 'liamsuzuki', name: 'Liam Suzuki', role: 'author' },
  { handle: 'lilyadeyemi', name: 'Lily Adeyemi', role: 'author' },
]

/** Readers who leave the seeded ratings (at most 14 ratings per item, so 16 is enough). */
export const seedReaders: SeedUser[] = [
  { handle: 'mateohansen', name: 'Mateo Hansen', role: 'reader' },
  { handle: 'priyaokafor', name: 'Priya Okafor', role: 'reader' },
  { handle: 'jonaslindqvist', name: 'Jonas Lindqvist', role: 'reader' },
  { handle: 'amaraobi', name: 'Amara Obi', role: 'reader' },
  { handle: 'kenjiwatanabe', name: 'Kenji Watanabe', role: 'reader' },
  { handle: 'sofiaferreira', name: 'Sofia Ferreira', role: 'reader' },
  { handle: 'danielkowalski', name: 'Daniel Kowalski', role: 'reader' },
  { handle: 'leilahaddad', name: 'Leila Haddad', role: 'reader' },
  { handle: 'marcusbrennan', name: 'Marcus Brennan', role: 'reader' },
  { handle: 'yunapark', name: 'Yuna Park', role: 'reader' },
  { handle: 'tomasnovak', name: 'Tomas Novak', role: 'reader' },
  { handle: 'ifeomaeze', name: 'Ifeoma Eze', role: 'reader' },
  { handle: 'rafaelortiz', name: 'Rafael Ortiz', role: 'reader' },
  { handle: 'meiliang', name: 'Mei Liang', role: 'reader' },
  { handle: 'oskarberg', name: 'Oskar Berg', role: 'reader' },
  { handle: 'noraquinn', name: 'Nora Quinn', role: 'reader' },
]
