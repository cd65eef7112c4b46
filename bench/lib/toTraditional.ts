import * as OpenCC from 'opencc-js'

/** Simplified to Taiwan-standard Traditional, to generate Traditional test articles. */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' })
