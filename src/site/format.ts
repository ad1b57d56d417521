/** How the site shows a view count: 474, 1k, 1.1k. */
export function shownViews(views: number | null | undefined): string {
  const n = views ?? 0
  return n < 1000 ? String(n) : `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`
}

/** How the site shows a rating: '4.4 (9)'; null when nobody rated it. */
export function shownRating(rating: { average?: number | null; count?: number | null } | null) {
  return rating?.count ? `${Number(rating.average ?? 0).toFixed(1)} (${rating.count})` : null
}

/** How the site shows a date: 'May 17, 2026' (UTC, so every server shows the same day). */
export function shownDate(iso: string | null | undefined): string | null {
  if (!iso) return null
  return new Date(iso).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
