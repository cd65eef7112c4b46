/**
 * A map tile service is configured as an XYZ URL template, e.g.
 * https://tile.example.com/{z}/{x}/{y}.png (optionally {s} for subdomains).
 * Returns an error in Chinese, or null when the template is usable.
 */
export const tileUrlProblem = (template: string): string | null => {
  let url: URL
  try {
    url = new URL(template.replace(/\{[a-z]\}/g, '0'))
  } catch {
    return '瓦片地址不是有效的网址'
  }
  if (url.protocol !== 'https:') return '瓦片地址必须使用 https'
  for (const part of ['{z}', '{x}', '{y}']) if (!template.includes(part)) return `瓦片地址缺少 ${part}`
  return null
}

/** The origin the tiles come from (for the Content-Security-Policy), or null. */
export const tileOrigin = (template: string): string | null => {
  if (tileUrlProblem(template)) return null
  const host = new URL(template.replace(/\{[a-z]\}/g, '0')).host
  // {s} may stand for any subdomain: allow the parent domain's subdomains.
  return template.includes('{s}') ? `https://*.${host.split('.').slice(1).join('.')}` : `https://${host}`
}
