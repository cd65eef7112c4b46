'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'

/** 打印告知书 in the sidebar of an answered request: the 告知书 addressed to the applicant, in a new tab. */
export const FoiNoticeLink = () => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  if (!id || status !== 'answered') return null
  return (
    <p style={{ marginBottom: '1.5rem' }}>
      <a href={`${api}/foiRequests/${id}/notice`} target="_blank" rel="noopener" data-testid="foi-print-notice">
        打印答复告知书(新窗口)
      </a>
    </p>
  )
}
