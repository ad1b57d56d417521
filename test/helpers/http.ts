export interface ApiResponse<Body = unknown> {
  status: number
  body: Body
  text: string
  headers: Headers
}

export interface RequestOptions {
  token?: string
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
}

/** Prefix of an API-key credential: `Authorization: users API-Key <key>`. */
export const apiKeyScheme = 'users API-Key '

/** The `Authorization` header of a token: a JWT, or an API-key credential as it is. */
const authorizationOf = (token: string): string =>
  token.startsWith(apiKeyScheme) ? token : `JWT ${token}`

/** A small REST client for tests: JSON in, parsed JSON and the raw text out. */
export function apiClient(baseURL: string) {
  const request = async <Body = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<Body>> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = authorizationOf(options.token)
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.form) {
      body = options.form
    }
    const response = await fetch(`${baseURL}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = undefined
    }
    return { status: response.status, body: parsed as Body, text, headers: response.headers }
  }

  return {
    request,
    get: <Body = unknown>(path: string, options?: RequestOptions) =>
      request<Body>('GET', path, options),
    post: <Body = unknown>(path: string, options?: RequestOptions) =>
      request<Body>('POST', path, options),
    patch: <Body = unknown>(path: string, options?: RequestOptions) =>
      request<Body>('PATCH', path, options),
    delete: <Body = unknown>(path: string, options?: RequestOptions) =>
      request<Body>('DELETE', path, options),
    /** Logs in over REST and returns the JWT. */
    login: async (email: string, password: string): Promise<string> => {
      const response = await request<{ token?: string }>('POST', '/api/users/login', {
        json: { email, password },
      })
      if (response.status !== 200 || !response.body.token) {
        throw new Error(`login failed for ${email}: ${response.status} ${response.text}`)
      }
      return response.body.token
    },
    graphql: async <Data = unknown>(
      query: string,
      variables?: Record<string, unknown>,
      token?: string,
    ) =>
      request<{
        data?: Data
        errors?: { message: string; extensions?: { statusCode?: number } }[]
      }>('POST', '/api/graphql', { json: { query, variables }, token }),
  }
}

export type ApiClient = ReturnType<typeof apiClient>

export interface RawResponse {
  status: number
  headers: string
  body: string
}

/**
 * Sends one HTTP/1.1 request byte for byte over a socket, so the request target reaches the
 * server exactly as written (`fetch` would resolve `/admin/../api` and re-encode `%2e`).
 */
export async function rawRequest(
  baseURL: string,
  method: string,
  target: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const { connect } = await import('node:net')
  const { hostname, port } = new URL(baseURL)
  const body = options.body ?? ''
  const lines = [
    `${method} ${target} HTTP/1.1`,
    `host: ${hostname}:${port}`,
    'connection: close',
    ...Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    ...(body ? [`content-length: ${Buffer.byteLength(body)}`] : []),
  ]
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`)
    })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks)))
    socket.on('error', reject)
  })
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.subarray(0, split).toString('latin1')
  let rest = raw.subarray(split + 4)
  if (!/transfer-encoding:\s*chunked/i.test(head)) {
    return { status: Number(head.split(' ')[1]), headers: head, body: rest.toString('utf8') }
  }
  const parts: Buffer[] = []
  for (;;) {
    const lineEnd = rest.indexOf('\r\n')
    const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16)
    if (!size) break
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size))
    rest = rest.subarray(lineEnd + 2 + size + 2)
  }
  return {
    status: Number(head.split(' ')[1]),
    headers: head,
    body: Buffer.concat(parts).toString('utf8'),
  }
}
