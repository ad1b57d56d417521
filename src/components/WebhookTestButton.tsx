'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

interface TestResult {
  delivered: boolean
  statusCode: number | null
  durationMs: number
  error: string | null
}

/**
 * "Send test event" on a saved webhook: posts a signed `test` event to its URL once and shows
 * what the receiver answered. It tests the saved webhook, so it waits for unsaved edits.
 */
export function WebhookTestButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const send = async () => {
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/test`,
        { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' } },
      )
      const body = (await response.json().catch(() => null)) as
        (TestResult & { errors?: { message?: string }[] }) | null
      if (!response.ok || !body) {
        toast.error(body?.errors?.[0]?.message ?? 'The test event could not be sent.')
      } else if (body.delivered) {
        toast.success(`Delivered: HTTP ${body.statusCode} in ${body.durationMs} ms`)
      } else {
        toast.error(`Not delivered: ${body.error ?? `HTTP ${body.statusCode}`}`)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      buttonStyle="secondary"
      disabled={busy || modified}
      margin={false}
      onClick={() => void send()}
      size="medium"
    >
      Send test event
    </Button>
  )
}
