/** Metadata a collection must carry before it can go public (政策: 文号, 发文机关, 日期). */
const REQUIRED: Record<string, { field: string; label: string }[]> = {
  policies: [
    { field: 'documentNumber', label: '文号' },
    { field: 'issuer', label: '发文机关' },
    { field: 'signedAt', label: '成文日期' },
    { field: 'effectiveAt', label: '施行日期' },
  ],
  commendations: [
    { field: 'issuer', label: '发文单位' },
    { field: 'date', label: '通报日期' },
  ],
  interpretations: [{ field: 'policy', label: '所解读的政策' }],
}

export const missingMetadata = (collection: string, doc: Record<string, unknown>): string[] =>
  (REQUIRED[collection] ?? [])
    .filter(({ field }) => {
      const value = doc[field]
      return value == null || (typeof value === 'string' && !value.trim())
    })
    .map(({ label }) => label)
