import { APIError, type PayloadRequest } from 'payload'

const mediaTypeOf = (req: PayloadRequest): string =>
  (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

const isJSON = (type: string) => type === 'application/json'

/**
 * The JSON body of a custom endpoint. Only `application/json` is read: a `text/plain` or form body
 * is what a cross-site form can send without a preflight, so it answers 415 even if it parses.
 */
export async function jsonBody(req: PayloadRequest): Promise<unknown> {
  if (!isJSON(mediaTypeOf(req))) {
    throw new APIError('The request body must be JSON (Content-Type: application/json).', 415)
  }
  try {
    return await req.json?.()
  } catch {
    throw new APIError('The request body must be JSON.', 400)
  }
}

/** For endpoints that take no body: one may be absent, or JSON, but nothing else (415). */
export function refuseNonJSONBody(req: PayloadRequest): void {
  const type = mediaTypeOf(req)
  const length = Number(req.headers.get('content-length') ?? 0)
  const hasBody = type !== '' || length > 0 || req.headers.has('transfer-encoding')
  if (hasBody && !isJSON(type)) {
    throw new APIError('The request body must be JSON (Content-Type: application/json).', 415)
  }
}
