'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Overview {
  allowed: string[]
}

const labels: Record<string, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw',
  'request-changes': 'Request changes',
  approve: 'Approve',
  reject: 'Reject',
  publish: 'Publish',
  unpublish: 'Unpublish',
  reopen: 'Reopen',
}
const needsNote = new Set(['request-changes', 'reject'])

/** Asks for what an action needs; null when the editor cancels. */
function askFor(action: string, schedule: boolean): Record<string, string> | null {
  const body: Record<string, string> = { action }
  if (needsNote.has(action)) {
    const note = window.prompt(`${labels[action]}: note for the author (required)`)
    if (!note?.trim()) return null
    body.note = note
  }
  if (schedule) {
    const at = window.prompt('Publish at (e.g. 2026-12-01T09:00:00Z)')
    if (!at?.trim()) return null
    body.publishAt = new Date(at.trim()).toISOString()
  }
  return body
}

/**
 * The review actions the signed-in user may take on this document, as buttons in place of
 * Payload's publish button (`#review-action-<action>`, `#review-action-schedule`). They act on
 * the saved document, so they wait for unsaved edits.
 */
export function ReviewActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [allowed, setAllowed] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const url = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/review`

  // Refetched when a save settles: an edit can open actions (a revision of a live document).
  useEffect(() => {
    if (!id || modified) return
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Overview>) : null))
      .then((overview) => setAllowed(overview?.allowed ?? []))
      .catch(() => setAllowed([]))
  }, [id, url, modified])

  const run = async (action: string, schedule = false) => {
    let body: Record<string, string> | null
    try {
      body = askFor(action, schedule)
    } catch {
      toast.error('That is not a date.')
      return
    }
    if (!body) return
    setBusy(true)
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (response.ok) return window.location.reload()
    const error = (await response.json().catch(() => null)) as {
      errors?: { message?: string }[]
    } | null
    toast.error(error?.errors?.[0]?.message ?? 'The action failed.')
  }

  if (!id) return null
  const disabled = busy || modified
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }} title={modified ? 'Save first' : ''}>
      {allowed.map((action) => (
        <Button
          key={action}
          buttonStyle={action === 'reject' || action === 'unpublish' ? 'secondary' : 'primary'}
          disabled={disabled}
          id={`review-action-${action}`}
          margin={false}
          onClick={() => void run(action)}
          size="medium"
        >
          {labels[action] ?? action}
        </Button>
      ))}
      {allowed.includes('publish') && (
        <Button
          buttonStyle="secondary"
          disabled={disabled}
          id="review-action-schedule"
          margin={false}
          onClick={() => void run('publish', true)}
          size="medium"
        >
          Schedule…
        </Button>
      )}
    </div>
  )
}
