import { handleEndpoints, type SanitizedConfig } from 'payload'

/** What Payload's own REST handler answers an anonymous caller for `path` (no host around it). */
export async function payloadAnswer(
  config: SanitizedConfig,
  path: string,
): Promise<{ status: number; text: string }> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost${path}`),
  })
  return { status: response.status, text: await response.text() }
}
