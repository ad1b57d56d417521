import { defineContentCollection } from '../src/content/defineContentCollection'

/** Practice question sets by community authors; each question's `solution` is the premium part. */
export const QuestionBundles = defineContentCollection({
  slug: 'question-bundles',
  labels: { singular: 'Question bundle', plural: 'Question bundles' },
  bodyRequired: false,
  fields: [
    { name: 'language', type: 'text', required: true, maxLength: 40, defaultValue: 'Python' },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 50,
      fields: [
        { name: 'prompt', type: 'textarea', required: true, maxLength: 4000 },
        { name: 'starterCode', type: 'code', maxLength: 20000 },
        { name: 'hints', type: 'textarea', maxLength: 4000 },
        { name: 'solution', type: 'textarea', required: true, maxLength: 20000 },
      ],
    },
  ],
  columns: ['language', 'author'],
})
