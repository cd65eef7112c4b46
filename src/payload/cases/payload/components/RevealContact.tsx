'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Revealed = { phone: string | null; idCard: string | null }

/** Shows the full phone and ID-card number on request; the server checks and logs every showing. */
export const RevealContact = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [revealed, setRevealed] = useState<Revealed | null>(null)
  const [message, setMessage] = useState('')

  if (!id) return null
  const reveal = async () => {
    setMessage('')
    const response = await fetch(`${api}/enquiries/${id}/reveal`, { method: 'POST', credentials: 'include' })
    const body = await response.json()
    if (response.ok) setRevealed(body as Revealed)
    else setMessage((body as { message?: string }).message ?? '无法查看')
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {revealed ? (
        <dl aria-live="polite">
          <dt>完整手机号码</dt>
          <dd>{revealed.phone ?? '—'}</dd>
          <dt>完整身份证号码</dt>
          <dd>{revealed.idCard ?? '—'}</dd>
        </dl>
      ) : (
        <Button buttonStyle="secondary" size="small" onClick={reveal}>
          查看完整联系方式(将记录查看人和时间)
        </Button>
      )}
      {message && <p role="alert">{message}</p>}
    </div>
  )
}
