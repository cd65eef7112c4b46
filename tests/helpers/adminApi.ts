import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'

/** Logs a demo user in over the admin's REST API; returns the JWT for `Authorization: JWT …`. */
export const apiToken = async (adminUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> => {
  const response = await fetch(`${adminUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login of ${email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
