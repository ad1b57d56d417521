const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const decode = (text: string): string =>
  text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (entities[name] ?? whole),
  )

/**
 * A plain-text rendering of a simple HTML email (paragraphs, line breaks, links): for messages
 * that come with HTML only, such as Payload's auth emails, so that every message has a text part.
 * A link shows its address, after its label when the label says something else.
 */
export function plainTextOf(html: string): string {
  const linked = html.replace(
    /<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi,
    (_whole, href: string, label: string) => {
      const text = label.replace(/<[^>]*>/g, '').trim()
      return text && text !== href ? `${text} (${href})` : href
    },
  )
  const text = linked
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
  return decode(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
