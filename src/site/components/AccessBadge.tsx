/** "Free" or "Premium", as every card and article shows it. */
export function AccessBadge({ access }: { access: string | null | undefined }) {
  const premium = access === 'premium'
  return (
    <span
      className={`badge ${premium ? 'badge-premium' : 'badge-free'}`}
      data-testid="access-badge"
      data-access={premium ? 'premium' : 'free'}
    >
      {premium ? 'Premium' : 'Free'}
    </span>
  )
}
