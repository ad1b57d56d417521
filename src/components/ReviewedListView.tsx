'use client'
import { DefaultListView } from '@payloadcms/ui'
import type { ListViewClientProps } from 'payload'

/**
 * Payload's list view without its bulk edit actions, which include "Publish" and "Unpublish"
 * for a selection: publishing goes through the review workflow, one document at a time.
 */
export function ReviewedListView(props: ListViewClientProps) {
  return <DefaultListView {...props} disableBulkEdit />
}
