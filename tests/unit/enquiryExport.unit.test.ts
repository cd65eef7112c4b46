import { describe, expect, it } from 'vitest'

import { csvCell, csvDocument, EXPORT_FIELDS, EXPORT_HEADER, exportRange, exportRow, missedDeadline } from '../../src/payload/cases/domain/export'
import { enquiryKind } from '../../src/payload/cases/kinds/enquiry'

describe('CSV cells', () => {
  it('should neutralise cells a spreadsheet would run as formulas', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2", "'@SUM(A1)", "'\tx"])
  })

  it('should quote commas, quotes and line breaks and leave plain text alone', () => {
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell('两行\n文字'), csvCell('城关镇服务站'), csvCell(null)]).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"两行\n文字"',
      '城关镇服务站',
      '',
    ])
  })

  it('should start with a byte-order mark and end lines with CRLF', () => {
    expect(csvDocument([['查询码'], ['A']])).toBe('\uFEFF查询码\r\nA\r\n')
  })
})

describe('export range', () => {
  it('should read both days as whole Beijing days', () => {
    expect(exportRange('2026-03-01', '2026-03-31')).toEqual({ ok: true, since: '2026-02-28T16:00:00.000Z', before: '2026-03-31T16:00:00.000Z' })
    expect(exportRange(null, undefined)).toEqual({ ok: true, since: undefined, before: undefined })
  })

  it('should refuse malformed, impossible and reversed dates', () => {
    expect(exportRange('2026/03/01', null).ok).toBe(false)
    expect(exportRange('2026-02-30', null).ok).toBe(false)
    expect(exportRange('2026-03-02', '2026-03-01')).toEqual({ ok: false, message: '开始日期不能晚于结束日期' })
  })
})

describe('export rows', () => {
  const now = new Date('2026-06-01T00:00:00Z')

  it('should never select a personal or free-text field', () => {
    for (const field of ['contact', 'subject', 'body', 'reply', 'attachments', 'publication', 'reviewReason', 'declineReason']) {
      expect(EXPORT_FIELDS as readonly string[]).not.toContain(field)
    }
    expect(EXPORT_HEADER).toHaveLength(11)
  })

  it('should flag a case answered after its deadline, accepted late, or open past its deadline', () => {
    const base = { status: 'answered', acceptDeadline: '2026-03-20T15:59:59Z', answerDeadline: '2026-05-20T15:59:59Z', acceptedAt: '2026-03-10T00:00:00Z' }
    expect(missedDeadline({ ...base, answeredAt: '2026-05-01T00:00:00Z' }, now)).toBe(false)
    expect(missedDeadline({ ...base, answeredAt: '2026-05-25T00:00:00Z' }, now)).toBe(true)
    expect(missedDeadline({ ...base, acceptedAt: '2026-03-25T00:00:00Z', answeredAt: '2026-05-01T00:00:00Z' }, now)).toBe(true)
    expect(missedDeadline({ ...base, status: 'in_progress' }, now)).toBe(true)
    expect(missedDeadline({ status: 'submitted', acceptDeadline: '2026-06-10T15:59:59Z' }, now)).toBe(false)
  })

  it('should write labels and Beijing dates', () => {
    const row = exportRow(
      { trackingCode: 'ABCDE-12345', kind: 'complaint', status: 'closed', station: 's1', createdAt: '2026-03-01T17:00:00Z', closedAt: '2026-04-01T01:00:00Z', satisfaction: 'basically' },
      (id) => (id === 's1' ? '城关镇服务站' : ''),
      now,
      enquiryKind,
    )
    expect(row).toEqual(['ABCDE-12345', '投诉', '', '已办结', '城关镇服务站', '2026-03-02', '', '', '2026-04-01', '否', '基本满意'])
  })
})
