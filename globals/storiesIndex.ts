import type { GlobalConfig } from 'payload'

import { anyone, staffOnly } from '../src/access'
import { linkField } from '../src/fields/link'

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
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'tagline', type: 'text', maxLength: 200 },
    { name: 'intro', type: 'textarea', maxLength: 2000 },
    {
      name: 'callToAction',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 120 },
        { name: 'text', type: 'textarea', maxLength: 1000 },
        { name: 'label', type: 'text', required: true, maxLength: 60 },
        linkField('link'),
      ],
    },
  ],
}
