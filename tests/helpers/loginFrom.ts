import { type IncomingHttpHeaders, request } from 'node:http'

export type LoginAnswer = { status: number; retryAfter?: number; message?: string; token?: string; setCookie: string[]; ms: number }

type JsonAnswer = { status: number; headers: IncomingHttpHeaders; json: Record<string, unknown>; ms: number }

/**
 * A JSON POST sent from a loopback address of our choosing (127.x.y.z all reach the admin on
 * Linux), so tests and benches can act as separate clients without a proxy in front.
 */
export const postJsonFrom = (adminUrl: string, path: string, from: string, payload: unknown): Promise<JsonAnswer> =>
  new Promise((resolve, reject) => {
    const body = JSON.stringify(payload)
    const started = performance.now()
    const req = request(
      new URL(path, adminUrl),
      { method: 'POST', localAddress: from, family: 4, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const ms = performance.now() - started
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'), ms })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })

/** A REST login from `from`: status, Retry-After, the error message or the token, the cookie. */
export const loginFrom = async (adminUrl: string, from: string, email: string, password: string): Promise<LoginAnswer> => {
  const { status, headers, json, ms } = await postJsonFrom(adminUrl, '/api/users/login', from, { email, password })
  const retryAfter = headers['retry-after']
  return {
    status,
    retryAfter: retryAfter === undefined ? undefined : Number(retryAfter),
    message: (json.errors as { message?: string }[] | undefined)?.[0]?.message,
    token: json.token as string | undefined,
    setCookie: headers['set-cookie'] ?? [],
    ms,
  }
}

/** GraphQL's login mutation from `from`: the first error message (or '' when it signed in). */
export const graphqlLoginFrom = async (adminUrl: string, from: string, email: string, password: string): Promise<string> => {
  const query = `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`
  const { json } = await postJsonFrom(adminUrl, '/api/graphql', from, { query })
  return (json.errors as { message: string }[] | undefined)?.[0]?.message ?? ''
}
