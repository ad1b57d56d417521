'use client'

import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'
import { useState, type FormEvent } from 'react'

import type { Config } from '../../../payload-types'

/** In the browser the API is this site's own `/api` (same origin: no CORS, no credentials). */
const browserApi = new PayloadSDK<Config>({ baseURL: '/api' })

type State = { step: 'form'; problems: string[] } | { step: 'sending' } | { step: 'done' }

/** Field messages of a validation error, else the error's own message. */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof PayloadSDKError)) return ['The sign-up could not be sent. Try again.']
  if (error.status === 429) return ['Too many sign-ups from here. Try again in a minute.']
  const fieldErrors = error.errors.flatMap((entry) => {
    const data = entry.data as { errors?: { message?: string }[] } | undefined
    return (data?.errors ?? []).flatMap((field) => (field.message ? [field.message] : []))
  })
  return fieldErrors.length > 0 ? fieldErrors : [error.message]
}

/** Sign-up form: creates an author account with POST /api/users, then asks for the email. */
export function SignupForm() {
  const [state, setState] = useState<State>({ step: 'form', problems: [] })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    setState({ step: 'sending' })
    try {
      await browserApi.create({
        collection: 'users',
        data: {
          // The sdk's create type keeps the auth collection's `collection` key; Payload ignores it.
          collection: 'users',
          name: text('name'),
          handle: text('handle'),
          email: text('email'),
          password: String(form.get('password') ?? ''),
          role: 'author',
        },
      })
      setState({ step: 'done' })
    } catch (error) {
      setState({ step: 'form', problems: problemsOf(error) })
    }
  }

  if (state.step === 'done') {
    return (
      <div className="notice" data-testid="signup-done" role="status">
        <h2>Check your email</h2>
        <p>We sent you a link to confirm your address. Follow it, then sign in.</p>
      </div>
    )
  }
  return (
    <form className="form" onSubmit={submit} data-testid="signup-form" noValidate>
      <label>
        Name
        <input name="name" id="signup-name" required maxLength={120} autoComplete="name" />
      </label>
      <label>
        Handle (shown as @handle)
        <input name="handle" id="signup-handle" required pattern="[a-z0-9][a-z0-9_\-]{2,29}" />
      </label>
      <label>
        Email
        <input name="email" id="signup-email" type="email" required autoComplete="email" />
      </label>
      <label>
        Password
        <input
          name="password"
          id="signup-password"
          type="password"
          required
          autoComplete="new-password"
        />
      </label>
      {state.step === 'form' && state.problems.length > 0 ? (
        <ul className="form-error" data-testid="signup-errors" role="alert">
          {state.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <button className="button" type="submit" disabled={state.step === 'sending'}>
        {state.step === 'sending' ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  )
}
