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

/** A small REST client for tests: JSON in, parsed JSON and the raw text out. */
export function apiClient(baseURL: string) {
  const request = async <Body = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<Body>> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `JWT ${options.token}`
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
