/**
 * The session cookie's attributes for an admin served at `serverUrl` (PAYLOAD_PUBLIC_SERVER_URL):
 * `Secure` whenever that address is https, so the cookie never travels over plain HTTP; SameSite
 * Lax, so another site can neither post with it nor embed the admin signed in, while a link from
 * an e-mail still opens the admin signed in.
 */
export const authCookies = (serverUrl: string): { secure: boolean; sameSite: 'Lax' } => ({
  secure: new URL(serverUrl).protocol === 'https:',
  sameSite: 'Lax',
})
