import type { Endpoint } from 'payload'

import { loadTagPage, parseTagPageQuery } from '../tagPage'

/**
 * `GET /api/tags/{slug}/page?limit=&section=&page=`: a tag page in one request, for anyone.
 * Read-only, so no transaction.
 */
export const tagPageEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:slug/page',
  method: 'get',
  handler: async (req) => {
    const params = req.searchParams
    const query = parseTagPageQuery({
      slug: typeof req.routeParams?.slug === 'string' ? req.routeParams.slug : undefined,
      limit: params.get('limit'),
      section: params.get('section'),
      page: params.get('page'),
    })
    return Response.json(await loadTagPage(req, query))
  },
}
