/** Polls a URL until it answers below 500, or throws after the timeout. */
export const waitForUrl = async (url: string, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const status = await fetch(url, { redirect: 'manual' })
      .then((response) => response.status)
      .catch(() => 0)
    if (status > 0 && status < 500) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
