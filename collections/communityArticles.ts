import { defineContentCollection } from '../src/content/defineContentCollection'
import { filledByServer } from '../src/fields/filledByServer'

/** Articles and interview experiences written by community authors, moderated by editors. */
export const CommunityArticles = defineContentCollection({
  slug: 'community-articles',
  labels: { singular: 'Community article', plural: 'Community articles' },
  fields: [
    filledByServer({
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'article',
      index: true,
      options: [
        { label: 'Article', value: 'article' },
        { label: 'Interview experience', value: 'interview-experience' },
      ],
    }),
  ],
  columns: ['kind', 'author'],
})
