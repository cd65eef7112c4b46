import * as OpenCC from 'opencc-js'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** Inline scripts and styles, whose exact text the page's CSP allows by hash. */
const CODE = /(<(script|style)\b[^>]*>[\s\S]*?<\/\2>)/i

/** The 繁體 view of a rendered page: text converted (code left as it is), language tag changed. */
export const traditionalPage = (html: string): string =>
  html
    .split(CODE)
    .map((part, index) => (index % 3 === 0 ? toTraditional(part) : index % 3 === 1 ? part : ''))
    .join('')
    .replace('<html lang="zh-CN"', '<html lang="zh-Hant"')

export const simplify = (text: string): string => toSimplified(text)
