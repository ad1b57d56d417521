/**
 * The `types` test: `@payloadcms/sdk` calls typed by the generated `Config`, compiled with the rest
 * of the project by `npm run typecheck` under `strict`. The calls below leave out every field the
 * server fills (slug, reviewStatus, access, defaults, the rating's user, an account's
 * subscription), so the build fails if one of them becomes required again in payload-types.ts; and
 * they fail to compile when a field the API requires is missing. Never run; only compiled.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { CommunityArticle, Config } from '../../payload-types'

/** A client of casebook's REST API; `baseURL` ends in `/api`. */
export function typedClient(baseURL: string, token?: string): PayloadSDK<Config> {
  return new PayloadSDK<Config>({
    baseURL,
    baseInit: token ? { headers: { authorization: `JWT ${token}` } } : {},
  })
}

const content: CommunityArticle['content'] = {
  root: {
    type: 'root',
    children: [],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
}

export async function createWithoutServerFilledFields(sdk: PayloadSDK<Config>): Promise<string[]> {
  const title = 'A postmortem'
  const kind = 'article'
  const article = await sdk.create({
    collection: 'community-articles',
    // A draft needs no summary yet (submitting and publishing do).
    data: { title, kind, content },
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
    data: { item: { relationTo: 'community-articles', value: article.id }, score: 5 },
  })
  const account = await sdk.create({
    collection: 'users',
    // `collection` is part of the sdk's create type for an auth collection; Payload ignores it.
    data: {
      collection: 'users',
      name: 'New Author',
      handle: 'new-author',
      email: 'new-author@example.test',
      password: 'a long password',
      role: 'author',
    },
  })
  return [article.title, story.title, lesson.title, String(rating.score), account.handle]
}

/** What the API requires, the types require too. */
export async function missingRequiredFields(sdk: PayloadSDK<Config>): Promise<void> {
  await sdk.create({
    collection: 'community-articles',
    // @ts-expect-error a community article needs a title
    data: { kind: 'article', content },
  })
  await sdk.create({
    collection: 'lessons',
    // @ts-expect-error a lesson needs a track
    data: { title: 'x', summary: 'y', content },
  })
  await sdk.create({
    collection: 'community-articles',
    // @ts-expect-error kind is one of the listed values
    data: { title: 'x', summary: 'y', kind: 'poem', content },
  })
}
