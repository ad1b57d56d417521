import { defineContentCollection } from '../src/content/defineContentCollection'
import { deriveReadingTime } from '../hooks/deriveReadingTime'

/** Incident write-ups: what happened, timeline, root cause, fix, lessons. Written by editors. */
export const Stories = defineContentCollection({
  slug: 'stories',
  labels: { singular: 'Story', plural: 'Stories' },
  fields: [
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'readingTime',
      type: 'number',
      min: 1,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Minutes, derived from the body.',
      },
    },
  ],
  columns: ['publishedAt'],
  hooks: { beforeChange: [deriveReadingTime] },
})
