import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'casebook', template: '%s · casebook' },
  description: 'Real engineering stories, lessons and interview preparation.',
}

/** The public site's own root layout; the admin keeps its layout under (payload). */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-brand">
            casebook
          </Link>
          <nav aria-label="Site">
            <Link href="/">Stories</Link>
            <Link href="/tags/reliability">Reliability</Link>
            <Link href="/signup">Sign up</Link>
          </nav>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  )
}
