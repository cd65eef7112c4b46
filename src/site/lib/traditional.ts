import * as OpenCC from 'opencc-js'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** The 繁體 view of a rendered page: text converted, language tag changed. */
export const traditionalPage = (html: string): string =>
  toTraditional(html).replace('<html lang="zh-CN"', '<html lang="zh-Hant"')

export const simplify = (text: string): string => toSimplified(text)
