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
  type ContentCollection,
} from '../fields/content'
import { engagementFields, ratingField } from '../fields/counters'
import { reviewFields } from '../fields/review'
import { slugField } from '../fields/slug'
import { setPublishedAt } from '../../hooks/setPublishedAt'

export interface ContentCollectionSpec {
  slug: ContentCollection
  labels: { singular: string; plural: string }
  /** Written by community authors (has `author`, authors create and edit their own). */
  authored: boolean
  /** Carries the `rating` aggregate. */
  rateable: boolean
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
 * rules of "who sees what". The spec adds what is specific.
 */
export function defineContentCollection(spec: ContentCollectionSpec): CollectionConfig {
  const { authored } = spec
  return {
    slug: spec.slug,
    labels: spec.labels,
    admin: {
      useAsTitle: 'title',
      group: 'Content',
      defaultColumns: ['title', ...(spec.columns ?? []), 'reviewStatus', '_status', 'updatedAt'],
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
      ...(spec.rateable ? [ratingField()] : []),
    ],
    hooks: {
      ...spec.hooks,
      beforeChange: [setPublishedAt, ...(spec.hooks?.beforeChange ?? [])],
    },
  }
}
