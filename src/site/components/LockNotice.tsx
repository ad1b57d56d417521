import Link from 'next/link'

/** Shown under a premium document's teaser: the API sent the site no more of it. */
export function LockNotice({ what }: { what: 'lesson' | 'story' }) {
  return (
    <aside className="lock-notice" data-testid="lock-notice">
      <h2>This {what} is for premium members</h2>
      <p>
        You are reading the opening. The full {what} is part of a premium subscription.{' '}
        <Link href="/signup">Create an account</Link> to get started.
      </p>
    </aside>
  )
}
