import * as OpenCC from 'opencc-js'

/** Taiwan-standard Traditional to mainland Simplified, phrases included (著力 → 着力). */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' })
