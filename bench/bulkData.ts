import { pbkdf2Sync, randomBytes } from 'node:crypto'

import pg from 'pg'

/** Bench accounts share one random password; its hash is computed once, as Payload would. */
export interface BenchAccounts {
  password: string
  /** Emails of the readers who like and rate (they wrote nothing, so they may rate anything). */
  readers: string[]
}

export interface BulkOptions {
  /** Community articles to add (all published). */
  items: number
  tags: number
  authors: number
  readers: number
}

/** Payload's current password hash: PBKDF2-SHA256, 600,000 rounds, 32 bytes, prefixed. */
function passwordSaltHash(password: string): { salt: string; hash: string } {
  const salt = randomBytes(32).toString('hex')
  const raw = pbkdf2Sync(password, salt, 600_000, 32, 'sha256').toString('hex')
  return { salt, hash: `pbkdf2-sha256-v1:${raw}` }
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  children: [{ mode: 'normal', text, type: 'text', style: '', detail: 0, format: 0, version: 1 }],
  direction: 'ltr',
  textStyle: '',
  textFormat: 0,
})

const lexical = (texts: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    children: texts.map(paragraph),
    direction: 'ltr',
  },
})

const texts = [
  'A generated article body: the first paragraph, long enough to look like an opening.',
  'The second paragraph closes the teaser, which keeps the first two paragraphs of a body.',
  'The third paragraph is only in the full body, shown to readers entitled to it.',
]

/** Tags `bench-tag-001`…, authors `benchauthor1`…, readers `benchreader1`…. */
async function insertAccountsAndTags(client: pg.Client, options: BulkOptions, password: string) {
  const { salt, hash } = passwordSaltHash(password)
  await client.query(
    `INSERT INTO tags (name, slug, description)
     SELECT 'Bench tag ' || lpad(i::text, 3, '0'), 'bench-tag-' || lpad(i::text, 3, '0'),
       'A generated tag.'
     FROM generate_series(1, $1::int) i`,
    [options.tags],
  )
  for (const [role, count] of [
    ['author', options.authors],
    ['reader', options.readers],
  ] as const) {
    await client.query(
      `INSERT INTO users (name, handle, email, role, subscription_tier, salt, hash, login_attempts,
         _verified)
       SELECT 'Bench ' || $1::text || ' ' || i, 'bench' || $1::text || i,
         'bench' || $1::text || i || '@bench.test',
         $1::text::enum_users_role, 'free', $3, $4, 0, true
       FROM generate_series(1, $2::int) i`,
      [role, count, salt, hash],
    )
  }
}

/**
 * Published community articles as Payload writes them: the main row (slug, `_status`, review
 * status, stored teaser), its tags in `_rels` (1 to 3 each, in order), and one version row with
 * `latest` and its own `_rels`. One article in ten is premium. The newest were created last, so
 * the first page of a list is generated articles, premium ones included. Counts are left to
 * reconcile.
 */
async function insertArticles(client: pg.Client, options: BulkOptions) {
  const content = JSON.stringify(lexical(texts))
  const teaser = JSON.stringify(lexical(texts.slice(0, 2)))
  await client.query(
    `INSERT INTO community_articles (title, slug, summary, kind, content, author_id, published_at,
       access, teaser, review_status, views, created_at, updated_at, _status)
     SELECT 'Bench article ' || i, 'bench-article-' || i, 'Summary of generated article ' || i,
       (CASE WHEN i % 4 = 0 THEN 'interview-experience' ELSE 'article' END)::enum_community_articles_kind,
       $2::jsonb, (SELECT id FROM users WHERE handle = 'benchauthor' || (1 + i % $3::int)),
       stamp, (CASE WHEN i % 10 = 0 THEN 'premium' ELSE 'free' END)::enum_community_articles_access,
       $4::jsonb, 'published', (i * 7919) % 5000, created, created, 'published'
     FROM generate_series(1, $1::int) i,
       LATERAL (SELECT timestamptz '2025-01-01' + i * interval '17 minutes' AS stamp,
         now() - ($1::int - i) * interval '1 second' AS created) t`,
    [options.items, content, options.authors, teaser],
  )
  await client.query(
    `INSERT INTO community_articles_rels ("order", parent_id, path, tags_id)
     SELECT k, a.id, 'tags', (SELECT id FROM tags WHERE slug = 'bench-tag-' ||
       lpad((1 + (n * 7 + k * 67) % $1::int)::text, 3, '0'))
     FROM community_articles a,
       LATERAL (SELECT substr(a.slug, 15)::int AS n) s,
       LATERAL generate_series(1, 1 + n % 3) k
     WHERE a.slug LIKE 'bench-article-%'
     ORDER BY a.id, k`,
    [options.tags],
  )
  await client.query(
    `INSERT INTO _community_articles_v (parent_id, version_title, version_slug, version_summary,
       version_kind, version_content, version_author_id, version_published_at, version_access,
       version_teaser, version_review_status, version_views, version_likes, version_rating_count,
       version_rating_sum, version_rating_average, version_updated_at, version_created_at,
       version__status, created_at, updated_at, latest)
     SELECT id, title, slug, summary, kind::text::enum__community_articles_v_version_kind, content,
       author_id, published_at, access::text::enum__community_articles_v_version_access, teaser,
       review_status::text::enum__community_articles_v_version_review_status, views, likes,
       rating_count, rating_sum, rating_average, updated_at, created_at,
       _status::text::enum__community_articles_v_version_status, updated_at, updated_at, true
     FROM community_articles WHERE slug LIKE 'bench-article-%' ORDER BY id`,
  )
  await client.query(
    `INSERT INTO _community_articles_v_rels ("order", parent_id, path, tags_id)
     SELECT r."order", v.id, 'version.tags', r.tags_id
     FROM community_articles_rels r
     JOIN _community_articles_v v ON v.parent_id = r.parent_id AND v.latest
     JOIN community_articles a ON a.id = r.parent_id AND a.slug LIKE 'bench-article-%'
     ORDER BY r.id`,
  )
}

/**
 * Adds the generated bulk set in a few set-based statements (seconds for 10,000 articles) and
 * returns the bench accounts. Tag counts, likes and ratings are recomputed by reconcile after.
 */
export async function insertBulkData(url: string, options: BulkOptions): Promise<BenchAccounts> {
  const password = randomBytes(18).toString('base64url')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('BEGIN')
    await insertAccountsAndTags(client, options, password)
    await insertArticles(client, options)
    await client.query('COMMIT')
    await client.query('ANALYZE')
  } finally {
    await client.end()
  }
  const readers = Array.from(
    { length: options.readers },
    (_, i) => `benchreader${i + 1}@bench.test`,
  )
  return { password, readers }
}
