import { headers } from 'next/headers'
import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { readLatestNote } from '../admin/editorialData'
import { isContentCollection } from '../content/registry'

/** The signed-in user of this render, authenticated once however many rows ask. */
const signedInRequest = cache(async (payload: Payload) => {
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
})

/**
 * List-view cell "Editor's note": the latest note an editor left on the document (request
 * changes, reject, …), read as the signed-in user.
 */
export async function EditorNoteCell({
  collectionSlug,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const id = Number((rowData as { id?: unknown } | undefined)?.id)
  if (!isContentCollection(collectionSlug) || !Number.isSafeInteger(id)) return null
  const req = await signedInRequest(payload)
  if (!req.user) return null
  const note = await readLatestNote(payload, req.user, collectionSlug, id)
  if (!note) return <span>—</span>
  return (
    <span data-testid="editor-note" title={note} style={{ whiteSpace: 'normal' }}>
      {note.length > 120 ? `${note.slice(0, 119)}…` : note}
    </span>
  )
}
