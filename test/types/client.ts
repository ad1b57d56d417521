/**
 * The `types` test: a typed REST client written the way `@payloadcms/sdk` types its calls (create
 * data is Payload's `RequiredDataFromCollectionSlug` of the generated `Config`), compiled with the
 * rest of the project by `npm run typecheck` under `strict`. The calls below leave out every field
 * the server fills (slug, reviewStatus, access, defaults, the rating's user), so the build fails if
 * one of them becomes required again in payload-types.ts. Never run; only compiled.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Config } from '../../payload-types'

type CollectionSlug = keyof Config['collections']
type CreateData<C extends CollectionSlug> = RequiredDataFromCollectionSlug<C>
type Doc<C extends CollectionSlug> = Config['collections'][C]

interface TypedClient {
  create<C extends CollectionSlug>(args: {
    collection: C
    data: CreateData<C>
  }): Promise<{ doc: Doc<C> }>
}

/** A client over `fetch`, enough to show the types carry through; `baseURL` ends in `/api`. */
export function typedClient(baseURL: string, token?: string): TypedClient {
  return {
    async create({ collection, data }) {
      const response = await fetch(`${baseURL}/${collection}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify(data),
      })
      return (await response.json()) as never
    },
  }
}

const content: CreateData<'community-articles'>['content'] = {
  root: {
    type: 'root',
    children: [],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
}

export async function createWithoutServerFilledFields(sdk: TypedClient): Promise<string[]> {
  const article = await sdk.create({
    collection: 'community-articles',
    data: { title: 'A postmortem', summary: 'What we learned', kind: 'article', content },
  })
  const story = await sdk.create({
    collection: 'stories',
    data: { title: 'A story', summary: 'Short', content },
  })
  const lesson = await sdk.create({
    collection: 'lessons',
    data: { title: 'Caching', summary: 'Why and how', track: 'core', content },
  })
  const rating = await sdk.create({
    collection: 'ratings',
    data: { item: { relationTo: 'community-articles', value: article.doc.id }, score: 5 },
  })
  return [article.doc.title, story.doc.title, lesson.doc.title, String(rating.doc.score)]
}
