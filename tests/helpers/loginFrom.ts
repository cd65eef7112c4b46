import { request } from 'node:http'

export type LoginAnswer = { status: number; retryAfter?: number; message?: string; token?: string; setCookie: string[]; ms: number }

/**
 * A REST login sent from a loopback address of our choosing (127.x.y.z all reach the admin on
 * Linux), so tests and benches can act as separate clients without a proxy in front.
 */
export const loginFrom = (adminUrl: string, from: string, email: string, password: string): Promise<LoginAnswer> =>
  new Promise((resolve, reject) => {
    const url = new URL('/api/users/login', adminUrl)
    const body = JSON.stringify({ email, password })
    const started = performance.now()
    const req = request(
      url,
      { method: 'POST', localAddress: from, family: 4, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const ms = performance.now() - started
          const json = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { token?: string; errors?: { message?: string }[] }
          const retryAfter = res.headers['retry-after']
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: retryAfter === undefined ? undefined : Number(retryAfter),
            message: json.errors?.[0]?.message,
            token: json.token,
            setCookie: res.headers['set-cookie'] ?? [],
            ms,
          })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
