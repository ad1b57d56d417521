import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../src/access'
import { principalOf } from '../src/access/principal'
import { hasRole } from '../src/access/roles'
import { serverOwned } from '../src/fields/serverOwned'

/** Raster image types accepted for upload; SVG is left out because it can carry script. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

/** Images for cards and heroes, resized by sharp, stored in `staticDir`. Authors and staff upload. */
export const mediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  admin: { group: 'Content' },
  access: {
    read: anyone,
    create: ({ req }) => hasRole(principalOf(req), 'admin', 'editor', 'author'),
    update: staffOnly,
    delete: staffOnly,
  },
  upload: {
    staticDir,
    mimeTypes: imageMimeTypes,
    imageSizes: [
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'hero', width: 1600, height: 900, position: 'centre' },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    { name: 'alt', type: 'text', required: true, maxLength: 300 },
    // Where a file lives in cloud storage (@payloadcms/plugin-cloud-storage fills and defines
    // them; the host registers @payloadcms/storage-s3). Declared here so no client chooses them.
    serverOwned({ name: 'prefix', type: 'text', admin: { hidden: true } }),
    serverOwned({ name: '_objectKey', type: 'text', admin: { hidden: true } }),
  ],
})
