import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, CollectionSlug } from 'payload'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * `GET /api/{upload collection}/file/{name}` for a file that is not on disk answers 404 in the
 * error shape; Payload's own file handler answers 500 ("missing on the disk"). Existing files, and
 * names Payload refuses itself (outside the directory), fall through to Payload.
 */
const answerMissingFilesWith404 =
  (staticDir: string): UploadHandler =>
  (req, { params }) => {
    // Files kept elsewhere (media on S3) are not on this disk: their storage's handler answers.
    const collection = req.payload.collections[params.collection as CollectionSlug]
    if (collection?.config.upload.disableLocalStorage) return
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) return
    // Resolving to nothing lets Payload serve the file (its handler checks `instanceof Response`).
    return stat(file).then(
      (stats) => (stats.isFile() ? undefined : notFound()),
      () => notFound(),
    ) as Promise<Response>
  }

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

/** Upload collections answer 404 for files that are not on disk; others are returned unchanged. */
export function withMissingFilesAs404(collection: CollectionConfig): CollectionConfig {
  const { upload } = collection
  if (!upload) return collection
  const options = typeof upload === 'object' ? upload : {}
  const staticDir = options.staticDir ?? collection.slug
  return {
    ...collection,
    upload: {
      ...options,
      handlers: [...(options.handlers ?? []), answerMissingFilesWith404(staticDir)],
    },
  }
}
