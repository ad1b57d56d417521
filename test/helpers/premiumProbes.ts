import type { ApiClient, ApiResponse } from './http'
import type { PremiumFixture } from './premium'

/** One way a client can ask for a premium document, directly or through another one. */
export interface Probe {
  name: string
  /** For an editor: `body` = the answer carries a gated body, `refused` = 400, else no claim. */
  forEditor?: 'body' | 'refused'
  run: (api: ApiClient, token: string | undefined) => Promise<ApiResponse>
}

export type Expectation = Probe['forEditor']

const get = (path: string, forEditor?: Expectation): Probe => ({
  name: `GET ${path}`,
  forEditor,
  run: (api, token) => api.get(path, { token }),
})

const post = (path: string, forEditor?: Expectation): Probe => ({
  name: `POST ${path}`,
  forEditor,
  run: (api, token) => api.post(path, { token, json: {} }),
})

/** Whether an answer is a refusal as bad input: HTTP 400, or GraphQL errors all with status 400. */
export function isRefusal(response: ApiResponse): boolean {
  if (response.status === 400) return true
  const body = response.body as { errors?: { extensions?: { statusCode?: number } }[] } | undefined
  const errors = body?.errors ?? []
  return errors.length > 0 && errors.every((error) => error.extensions?.statusCode === 400)
}

/** Every REST path by which a premium body could travel. */
export function restProbes(f: PremiumFixture): Probe[] {
  const { lesson, bundle, article, story, tag, markers } = f
  const collectionProbes = (slug: string, id: number, versionId: number, marker: string) => [
    get(`/api/${slug}?limit=100`, 'body'),
    get(`/api/${slug}?where[id][equals]=${id}&depth=3`, 'body'),
    get(`/api/${slug}/${id}`, 'body'),
    get(`/api/${slug}/${id}?depth=3`, 'body'),
    get(`/api/${slug}/${id}?draft=true&depth=3`, 'body'),
    get(`/api/${slug}?draft=true&limit=100&depth=3`, 'body'),
    get(`/api/${slug}?select[content]=true`, 'body'),
    get(`/api/${slug}?select[content]=true&select[questions]=true&draft=true`, 'body'),
    get(`/api/${slug}/${id}?select[content]=true`, 'body'),
    get(`/api/${slug}/${id}?select[content]=true&draft=true`, 'body'),
    get(`/api/${slug}/${id}?select[title]=true&select[locked]=true&select[teaser]=true`),
    get(`/api/${slug}/${id}?select[access]=false&select[author]=false`, 'body'),
    get(`/api/${slug}?where[content][like]=${marker}`, 'refused'),
    get(`/api/${slug}?where[content][contains]=${marker}`, 'refused'),
    get(`/api/${slug}?where[content.root.children.children.text][like]=${marker}`, 'refused'),
    get(`/api/${slug}?where[content][exists]=true&where[id][equals]=${id}`, 'refused'),
    get(`/api/${slug}?sort=content`, 'refused'),
    get(`/api/${slug}?sort=-content&draft=true`, 'refused'),
    get(`/api/${slug}/count?where[content][like]=${marker}`, 'refused'),
    get(`/api/${slug}/versions?depth=3&limit=100`, 'body'),
    get(`/api/${slug}/versions?where[parent][equals]=${id}`, 'body'),
    get(`/api/${slug}/versions?where[version.content][like]=${marker}`, 'refused'),
    get(`/api/${slug}/versions?select[version][content]=true`, 'body'),
    get(`/api/${slug}/versions/${versionId}?depth=3`, 'body'),
    get(`/api/${slug}/${id}?depth=3&joins[reviewHistory][limit]=100`, 'body'),
    post(`/api/${slug}/${id}/duplicate`, 'body'),
  ]
  return [
    ...collectionProbes('lessons', lesson.id, f.lessonVersionId, markers.lesson),
    get(`/api/lessons?where[content][like]=${markers.lessonDraft}&draft=true`, 'refused'),
    ...collectionProbes('question-bundles', bundle.id, f.bundleVersionId, markers.bundle),
    get(`/api/question-bundles?where[questions.solution][like]=${markers.solution}`, 'refused'),
    get(`/api/question-bundles?where[questions][solution][like]=${markers.solution}`),
    get('/api/question-bundles?where[questions.solution][exists]=true', 'refused'),
    get('/api/question-bundles?sort=questions.solution', 'refused'),
    get(`/api/question-bundles/${bundle.id}?select[questions][solution]=true`, 'body'),
    get('/api/question-bundles?select[questions][solution]=true&draft=true', 'body'),
    ...collectionProbes('community-articles', article.id, f.articleVersionId, markers.article),
    get(`/api/stories/${story.id}?depth=3`, 'body'),
    get('/api/stories?depth=3&limit=100', 'body'),
    get('/api/likes?depth=3&limit=100', 'body'),
    get('/api/ratings?depth=3&limit=100', 'body'),
    get(`/api/ratings?where[item.content][like]=${markers.bundle}`, 'refused'),
    get('/api/review-events?depth=3&limit=100', 'body'),
    get('/api/payload-locked-documents?depth=3&limit=100'),
    get(`/api/tags/${tag.slug}/page`),
    get(`/api/tags/${tag.slug}/page?limit=100&depth=3`),
    get(`/api/tags?depth=3&where[slug][equals]=${tag.slug}`),
  ]
}
