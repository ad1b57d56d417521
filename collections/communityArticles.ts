import { defineContentCollection } from '../src/content/defineContentCollection'

/** Articles and interview experiences written by community authors, moderated by editors. */
export const CommunityArticles = defineContentCollection({
  slug: 'community-articles',
  labels: { singular: 'Community article', plural: 'Community articles' },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'article',
      index: true,
      options: [
        { label: 'Article', value: 'article' },
        { label: 'Interview experience', value: 'interview-experience' },
      ],
    },
  ],
  columns: ['kind', 'author'],
})
