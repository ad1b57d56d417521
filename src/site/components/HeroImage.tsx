import type { Media } from '../../../payload-types'

interface Props {
  /** The story's `heroImage`: populated at depth ≥ 1; an id or nothing shows no image. */
  image: Media | number | null | undefined
}

/**
 * A story's hero image, in its `hero` size when the upload has one. Media URLs are the API's own
 * (`/api/media/file/...`), which the browser resolves against the site: they share a host.
 */
export function HeroImage({ image }: Props) {
  if (!image || typeof image !== 'object') return null
  const hero = image.sizes?.hero
  const src = hero?.url ?? image.url
  if (!src) return null
  return (
    <figure className="hero-image">
      <img
        alt={image.alt}
        data-testid="story-hero"
        height={hero?.height ?? image.height ?? undefined}
        src={src}
        width={hero?.width ?? image.width ?? undefined}
      />
    </figure>
  )
}
