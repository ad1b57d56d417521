'use client'
import { PopupList, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Delete my account" in the settings menu (the gear by the nav's log-out button): after a
 * confirm, deletes the signed-in user's own account through `DELETE /api/<users>/<own id>` (the
 * server reassigns their content) and goes to the login page. `#delete-my-account`.
 */
export function DeleteAccountButton() {
  const { user } = useAuth()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  if (!user) return null

  const remove = async () => {
    const sure = window.confirm(
      'Delete your account? This cannot be undone. Your published work stays, credited to a ' +
        'former member.',
    )
    if (!sure) return
    setBusy(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${config.admin.user}/${user.id}`,
        { method: 'DELETE', credentials: 'include' },
      )
      if (response.ok) {
        window.location.assign(`${config.serverURL}${config.routes.admin}/login`)
        return
      }
      const body = (await response.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      toast.error(body?.errors?.[0]?.message ?? 'Your account could not be deleted.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <PopupList.ButtonGroup>
      <PopupList.Button disabled={busy} id="delete-my-account" onClick={() => void remove()}>
        Delete my account
      </PopupList.Button>
    </PopupList.ButtonGroup>
  )
}
