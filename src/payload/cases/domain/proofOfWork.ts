/**
 * The proof of work behind the enquiry form's check: find a nonce whose SHA-256 with the token
 * starts with `bits` zero bits. The browser solves it (the form island); the server counts the
 * bits of what it is sent (challenge.ts). Web Crypto only, so it runs in both.
 */
export const leadingZeroBits = (bytes: Uint8Array): number => {
  let bits = 0
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

export const solveChallenge = async (token: string, bits: number): Promise<string> => {
  const encoder = new TextEncoder()
  for (let nonce = 0; ; nonce += 1) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${token}:${nonce}`)))
    if (leadingZeroBits(digest) >= bits) return String(nonce)
  }
}
