/**
 * The 我为政府网站找错 entry points at the national error-report platform's page of this site,
 * which carries the site's 网站标识码: an address without it would report errors to another site.
 * Returns the reason in Chinese, or null when the address names the code.
 */
export const errorReportProblem = (href: string, siteIdCode: string | null | undefined): string | null => {
  if (!siteIdCode) return '请先填写网站标识码'
  return href.includes(siteIdCode) ? null : `地址须含本站的网站标识码 ${siteIdCode}`
}
