import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps `publishedAt` the first time a document is published; later publishes keep it. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  if (data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
