import type { GlobalConfig } from 'payload'

import { anyone, staffOnly } from '../src/access'
import { linkField } from '../src/fields/link'
import { plainTextareaField, plainTextField } from '../src/fields/plainText'

/**
 * The texts of the site's stories index (`/`): heading, tagline, introduction and the call to
 * action under the list. Read by anyone; changed by editors and admins only.
 */
export const StoriesIndex: GlobalConfig = {
  slug: 'stories-index',
  label: 'Stories index',
  admin: { group: 'Content', description: 'Texts of the stories index page of the site (/).' },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  fields: [
    plainTextField({ name: 'heading', required: true, maxLength: 120 }),
    plainTextField({ name: 'tagline', maxLength: 200 }),
    plainTextareaField({ name: 'intro', maxLength: 2000 }),
    {
      name: 'callToAction',
      type: 'group',
      fields: [
        plainTextField({ name: 'heading', required: true, maxLength: 120 }),
        plainTextareaField({ name: 'text', maxLength: 1000 }),
        plainTextField({ name: 'label', required: true, maxLength: 60 }),
        linkField('link'),
      ],
    },
  ],
}
