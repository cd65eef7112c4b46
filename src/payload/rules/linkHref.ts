import { sameSitePath } from './sameSitePath'

/**
 * A host name as an admin lists it (www.gov.cn), in the form a browser compares (lower case,
 * punycode), or null when the entry is more than a host name (scheme, port, path, user, spaces).
 */
export const listedHost = (value: string): string | null => {
  const entry = value.trim()
  if (!entry || /[\s/\\:@?#]/.test(entry)) return null
  try {
    return new URL(`http://${entry}`).hostname
  } catch {
    return null
  }
}

/**
 * Whether a menu or footer link may be shown: a path of this site (sameSitePath: no //host,
 * /\host, tabs or CR/LF), or an http(s) address on a host an admin has listed. Returns the
 * reason in Chinese, or null when the link is allowed.
 */
export const linkHrefProblem = (href: string | null | undefined, allowedHosts: readonly string[]): string | null => {
  if (!href) return '请填写地址'
  if (href.startsWith('/') || href.startsWith('\\')) {
    return sameSitePath(href) ? null : '站内地址无效:须以单个 / 开头且指向本站,不能含 //、\\、空白或控制字符'
  }
  if (!/^https?:\/\//i.test(href) || /[\u0000-\u0020\u007f\\]/.test(href)) {
    return '地址应为以 / 开头的站内地址,或以 http(s):// 开头的外部地址'
  }
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return '外部地址不是有效的网址'
  }
  if (url.username || url.password) return '外部地址不能包含用户名或密码'
  const allowed = new Set(allowedHosts.map(listedHost).filter(Boolean))
  if (!allowed.has(url.hostname)) return `外部链接只能指向管理员列出的网站(系统 › 外部链接白名单),${url.hostname} 不在其中`
  return null
}
