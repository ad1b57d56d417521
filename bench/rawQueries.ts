/**
 * The baseline's SQL: each answer's JSON is built by PostgreSQL in one statement, so the raw
 * server only adds the paging fields and writes the text. Field for field what casebook answers
 * an anonymous reader (premium bodies null with `locked: true`), checked by the bench's
 * equivalence step before anything is measured.
 */

/** An ISO timestamp as JavaScript's `toISOString()` writes it. */
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const tagJSON = `json_build_object('id', t.id, 'name', t.name, 'slug', t.slug,
  'description', t.description, 'counts', json_build_object('lessons', t.counts_lessons,
  'systemDesigns', t.counts_system_designs, 'behavioralInterviews', t.counts_behavioral_interviews,
  'communityItems', t.counts_community_items, 'stories', t.counts_stories),
  'updatedAt', ${iso('t.updated_at')}, 'createdAt', ${iso('t.created_at')})`

/** A document's tags as full tag documents (depth ≥ 1), in the document's order. */
const tagsOf = (rels: string, alias: string) =>
  `coalesce((SELECT json_agg(${tagJSON} ORDER BY r."order") FROM ${rels} r
    JOIN tags t ON t.id = r.tags_id WHERE r.parent_id = ${alias}.id AND r.path = 'tags'), '[]')`

/** The public profile of an author, as Payload returns a user at depth 1 to anyone. */
const authorOf = (alias: string) =>
  `(SELECT json_build_object('id', u.id, 'name', u.name, 'handle', u.handle)
    FROM users u WHERE u.id = ${alias}.author_id)`

/** Fields every content document shares after its own, for an anonymous reader. */
const commonTail = (alias: string) => `'publishedAt', ${iso(`${alias}.published_at`)},
  'access', ${alias}.access, 'teaser', ${alias}.teaser, 'reviewStatus', ${alias}.review_status,
  'publishAt', ${iso(`${alias}.publish_at`)}, 'views', ${alias}.views, 'likes', ${alias}.likes`

const gatedContent = (alias: string) =>
  `CASE WHEN ${alias}.access = 'premium' THEN NULL ELSE ${alias}.content END`

const stamps = (alias: string) => `'updatedAt', ${iso(`${alias}.updated_at`)},
  'createdAt', ${iso(`${alias}.created_at`)}, '_status', ${alias}._status,
  'locked', ${alias}.access = 'premium'`

const articleJSON = `json_build_object('id', a.id, 'title', a.title, 'slug', a.slug,
  'summary', a.summary, 'kind', a.kind, 'content', ${gatedContent('a')},
  'tags', ${tagsOf('community_articles_rels', 'a')}, 'author', ${authorOf('a')}, ${commonTail('a')},
  'rating', json_build_object('count', a.rating_count, 'sum', a.rating_sum,
  'average', a.rating_average), ${stamps('a')})`

/** Page `$2` (offset `$3`) of published community articles at depth 1, newest first. */
export const articlesPage = `SELECT
  (SELECT count(*)::int FROM community_articles WHERE _status = 'published') AS total,
  (SELECT coalesce(json_agg(${articleJSON} ORDER BY a.created_at DESC), '[]')::text
    FROM (SELECT * FROM community_articles WHERE _status = 'published'
      ORDER BY created_at DESC LIMIT $1 OFFSET $2) a) AS docs`

/** What `{ CommunityArticles(limit) { totalDocs docs { title slug views likes author { name } } } }` selects. */
export const articlesGraphQL = `SELECT
  (SELECT count(*)::int FROM community_articles WHERE _status = 'published') AS total,
  (SELECT coalesce(json_agg(json_build_object('title', a.title, 'slug', a.slug, 'views', a.views,
      'likes', a.likes, 'author', (SELECT json_build_object('name', u.name) FROM users u
      WHERE u.id = a.author_id)) ORDER BY a.created_at DESC), '[]')::text
    FROM (SELECT * FROM community_articles WHERE _status = 'published'
      ORDER BY created_at DESC LIMIT $1) a) AS docs`

const lessonJSON = `json_build_object('id', l.id, 'title', l.title, 'slug', l.slug,
  'summary', l.summary, 'track', l.track, 'level', l.level, 'difficulty', l.difficulty,
  'position', l.position, 'content', ${gatedContent('l')},
  'tags', ${tagsOf('lessons_rels', 'l')}, ${commonTail('l')}, ${stamps('l')})`

/** Published lessons with slug `$1` (at most one), at Payload's default depth. */
export const lessonsBySlug = `SELECT count(*)::int AS total,
  coalesce(json_agg(${lessonJSON}), '[]')::text AS docs
  FROM lessons l WHERE l.slug = $1 AND l._status = 'published'`

interface CardSource {
  table: string
  section: string
  kind: string
  /** Extra card keys of this collection. */
  extra: string
  rating: boolean
  author: boolean
  byPosition: boolean
}

const lessonSection = `CASE d.track WHEN 'core' THEN 'lessons' WHEN 'system-design'
  THEN 'systemDesigns' ELSE 'behavioralInterviews' END`

const cardSources: CardSource[] = [
  {
    table: 'lessons',
    section: lessonSection,
    kind: `CASE d.track WHEN 'core' THEN 'lesson' ELSE d.track::text END`,
    extra: `'level', d.level, 'difficulty', d.difficulty,`,
    rating: false,
    author: false,
    byPosition: true,
  },
  {
    table: 'community_articles',
    section: `'community'`,
    kind: 'd.kind::text',
    extra: '',
    rating: true,
    author: true,
    byPosition: false,
  },
  {
    table: 'question_bundles',
    section: `'community'`,
    kind: `'question-bundle'`,
    extra: `'language', d.language,`,
    rating: true,
    author: true,
    byPosition: false,
  },
  {
    table: 'stories',
    section: `'stories'`,
    kind: `'story'`,
    extra: '',
    rating: false,
    author: false,
    byPosition: false,
  },
]

const collectionOf = (table: string) => table.replace(/_/g, '-')

/** One collection's live documents carrying the tag, with their section and sort keys. */
const keysOf = (s: CardSource) => `SELECT ${s.section} AS section,
  ${s.byPosition ? 'd.position' : 'NULL::numeric'} AS sort_position,
  ${s.byPosition ? 'd.title' : 'NULL::varchar'} AS sort_title, d.published_at,
  '${collectionOf(s.table)}' AS collection, d.id
  FROM ${s.table} d WHERE d._status = 'published' AND EXISTS (SELECT 1 FROM ${s.table}_rels r
    WHERE r.parent_id = d.id AND r.path = 'tags' AND r.tags_id = (SELECT id FROM tag))`

/** The cards of one collection's documents on the requested page. */
const cardsOf = (s: CardSource) => `SELECT p.section, p.rank,
  json_build_object('id', d.id, 'collection', p.collection, 'kind', ${s.kind},
    'title', d.title, 'slug', d.slug, 'summary', d.summary, ${s.extra}
    'tags', ARRAY(SELECT tt.slug FROM ${s.table}_rels r JOIN tags tt ON tt.id = r.tags_id
      WHERE r.parent_id = d.id AND r.path = 'tags' ORDER BY r."order", tt.slug),
    'access', d.access, 'views', d.views, 'likes', d.likes,
    'rating', ${s.rating ? `json_build_object('average', coalesce(d.rating_average, 0), 'count', coalesce(d.rating_count, 0))` : 'NULL'},
    'publishedAt', ${iso('d.published_at')},
    'author', ${s.author ? `(SELECT json_build_object('handle', u.handle, 'name', u.name) FROM users u WHERE u.id = d.author_id)` : 'NULL'}
  ) AS card
  FROM page p JOIN ${s.table} d ON d.id = p.id WHERE p.collection = '${collectionOf(s.table)}'`

/**
 * The whole tag page of slug `$1`, `$2` cards per section (no row when there is no such tag):
 * documents are ranked on their keys, and cards are built for the page's rows only.
 */
export const tagPage = `WITH tag AS (SELECT * FROM tags WHERE slug = $1),
  ranked AS (
    SELECT i.section, i.collection, i.id, row_number() OVER (PARTITION BY i.section ORDER BY
      i.sort_position ASC NULLS LAST, i.sort_title ASC NULLS LAST, i.published_at DESC NULLS LAST,
      i.collection, i.id DESC) AS rank
    FROM (${cardSources.map(keysOf).join(' UNION ALL ')}) i
  ),
  page AS (SELECT * FROM ranked WHERE rank <= $2),
  cards AS (${cardSources.map(cardsOf).join(' UNION ALL ')}),
  sections AS (
    SELECT s.name,
      (SELECT count(*)::int FROM ranked r WHERE r.section = s.name) AS total,
      coalesce((SELECT json_agg(c.card ORDER BY c.rank) FROM cards c WHERE c.section = s.name),
        '[]') AS docs
    FROM unnest(ARRAY['lessons', 'systemDesigns', 'behavioralInterviews', 'community',
      'stories']) s(name)
  )
  SELECT json_build_object(
    'tag', json_build_object('name', t.name, 'slug', t.slug, 'description', t.description),
    'counts', json_build_object('lessons', t.counts_lessons,
      'systemDesigns', t.counts_system_designs,
      'behavioralInterviews', t.counts_behavioral_interviews,
      'communityItems', t.counts_community_items, 'stories', t.counts_stories),
    'sections', (SELECT json_object_agg(name, json_build_object('totalDocs', total, 'docs', docs))
      FROM sections))::text AS body
  FROM tag t`
