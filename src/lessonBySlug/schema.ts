import type { Payload } from 'payload'

import { tagCountKeys } from '../content/registry'
import { closingFieldTypes, publicationFieldTypes } from '../contentRead/publication'

/**
 * The fields, in order, of the collections the direct read was written for. A deployment whose
 * lessons or tags differ (a field added, renamed or retyped) is answered by Payload instead.
 */
const expectedLessonFields = [
  'title:text',
  'slug:text',
  'summary:textarea',
  'track:select',
  'level:select',
  'difficulty:select',
  'position:number',
  'content:richText',
  'tags:relationship',
  ...publicationFieldTypes,
  ...closingFieldTypes,
]

/** The fields, in order, of the tags every direct read populates. */
export const expectedTagFields = [
  'name:text',
  'slug:text',
  'description:textarea',
  `counts:group(${tagCountKeys.join(',')})`,
  'updatedAt:date',
  'createdAt:date',
]

interface FieldLike {
  name: string
  type: string
  flattenedFields?: FieldLike[]
}

const describe = (field: FieldLike): string =>
  field.type === 'group' && field.flattenedFields
    ? `${field.name}:group(${field.flattenedFields.map((inner) => inner.name).join(',')})`
    : `${field.name}:${field.type}`

/** A collection's fields as `name:type` (a group with its fields), in order. */
export const fieldsOf = (config: { flattenedFields: readonly FieldLike[] }): string[] =>
  config.flattenedFields.map(describe)

export const sameList = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

/**
 * Whether this Payload's lessons and tags are the ones the direct read answers for, at a default
 * depth that populates tags (≥ 1) and with no collection-level read hooks.
 */
export function answersLessonsDirectly(payload: Payload): boolean {
  const lessons = payload.collections.lessons?.config
  const tags = payload.collections.tags?.config
  if (!lessons || !tags) return false
  const readHooks = [lessons, tags].some(
    ({ hooks }) => (hooks.beforeRead?.length ?? 0) + (hooks.afterRead?.length ?? 0) > 0,
  )
  return (
    !readHooks &&
    (payload.config.defaultDepth ?? 2) >= 1 &&
    sameList(fieldsOf(lessons), expectedLessonFields) &&
    sameList(fieldsOf(tags), expectedTagFields)
  )
}
