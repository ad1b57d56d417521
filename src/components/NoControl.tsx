/** Renders nothing: replaces Payload controls that would bypass the review workflow. */
export function NoControl() {
  return null
}
