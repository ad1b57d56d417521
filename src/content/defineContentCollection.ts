import type { CollectionConfig, Field } from 'payload'

import {
  createContent,
  deleteOwnContent,
  readContent,
  readContentVersions,
  updateOwnContent,
} from '../access/content'
import { accessTierFields } from '../fields/accessTier'
import {
  authorField,
  bodyField,
  publishedAtField,
  summaryField,
  tagsField,
  titleField,
} from '../fields/content'
import { engagementFields, ratingField } from '../fields/counters'
import { reviewFields } from '../fields/review'
import { slugField } from '../fields/slug'
import { contentEntry, type ContentCollection } from './registry'
import { setPublishedAt } from '../../hooks/setPublishedAt'

export interface ContentCollectionSpec {
  slug: ContentCollection
  labels: { singular: string; plural: string }
  /** Whether the rich-text body is required (bundles put their substance in questions). */
  bodyRequired?: boolean
  /** Fields specific to the collection, placed after title, slug and summary. */
  fields: Field[]
  /** Extra list columns. */
  columns?: string[]
  hooks?: CollectionConfig['hooks']
}

/**
 * Every content collection shares: title, slug, summary, body, tags, publish date, access tier,
 * review workflow fields, counters, drafts with versions and scheduled publishing, and the access
 * rules of "who sees what". The spec adds what is specific; whether the collection is authored
 * and rated comes from the content registry.
 */
export function defineContentCollection(spec: ContentCollectionSpec): CollectionConfig {
  const entry = contentEntry(spec.slug)
  if (!entry) throw new Error(`${spec.slug} is not in the content registry`)
  const { authored, rateable } = entry
  return {
    slug: spec.slug,
    labels: spec.labels,
    admin: {
      useAsTitle: 'title',
      group: 'Content',
      defaultColumns: [
        'title',
        ...(spec.columns ?? []),
        'reviewStatus',
        'editorNote',
        '_status',
        'updatedAt',
      ],
      listSearchableFields: ['title', 'slug', 'summary'],
    },
    access: {
      read: readContent({ authored }),
      readVersions: readContentVersions({ authored }),
      create: createContent({ authored }),
      update: updateOwnContent({ authored }),
      delete: deleteOwnContent({ authored }),
    },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    fields: [
      titleField(),
      slugField('title'),
      summaryField(),
      ...spec.fields,
      bodyField(spec.bodyRequired ?? true),
      tagsField(),
      ...(authored ? [authorField()] : []),
      publishedAtField(),
      ...accessTierFields(),
      ...reviewFields(),
      ...engagementFields(),
      ...(rateable ? [ratingField()] : []),
    ],
    hooks: {
      ...spec.hooks,
      beforeChange: [setPublishedAt, ...(spec.hooks?.beforeChange ?? [])],
    },
  }
}
