'use client'
import { FormSubmit, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useOperation } from '@payloadcms/ui'

/**
 * 保存草稿 for reviewed site-wide settings, whose drafts are validated on the server. Payload's own
 * button bumps the document's version count after every save, refused ones included, and the
 * re-render that follows drops the field errors the server sent: the reader was left with the
 * toast alone. This one saves the same way and leaves the form as the server's answer left it.
 */
export const SaveDraftButton = () => {
  const { config } = useConfig()
  const { globalSlug, collectionSlug, id } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const { code: locale } = useLocale()
  const path = globalSlug ? `/globals/${globalSlug}` : `/${collectionSlug}${id ? `/${id}` : ''}`
  const save = () =>
    void submit({
      action: `${config.serverURL}${config.routes.api}${path}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
      method: collectionSlug && id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
  return (
    <FormSubmit buttonId="action-save-draft" buttonStyle="secondary" className="save-draft" disabled={operation === 'update' && !modified} onClick={save} size="medium" type="button">
      保存草稿
    </FormSubmit>
  )
}
