import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ValidationError } from 'payload'

import { collectFiles } from '../../src/payload/import/collectFiles'
import { describeError } from '../../src/payload/import/describeError'
import { formatReport } from '../../src/payload/import/formatReport'
import type { ImportRun } from '../../src/payload/import/importArticles'

describe('collecting files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'va-import-files-'))
  mkdirSync(path.join(root, 'b'))
  writeFileSync(path.join(root, 'b', '2.html'), '<p>二</p>')
  writeFileSync(path.join(root, '1.txt'), '一')
  writeFileSync(path.join(root, 'logo.png'), 'x')
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('should walk folders for text and HTML files in name order', () => {
    expect(collectFiles([root]).map((file) => file.name)).toEqual(['1.txt', '2.html'])
  })

  it('should take a named file whatever its extension', () => {
    expect(collectFiles([path.join(root, 'logo.png')]).map((file) => file.name)).toEqual(['logo.png'])
  })

  it('should refuse a path that does not exist', () => {
    expect(() => collectFiles([path.join(root, 'missing')])).toThrow('找不到文件或文件夹')
  })
})

describe('the printed report', () => {
  const run: ImportRun = {
    dryRun: false,
    reportId: 'r1',
    counts: { imported: 1, skipped: 1, failed: 0 },
    items: [
      {
        file: 'a.txt',
        status: 'imported',
        title: '县局召开会议',
        publishedAt: '2024-07-08T17:22:15.000Z',
        source: '某某日报',
        category: 'media',
        categoryReason: '来源“某某日报”是媒体',
        stations: [{ id: 's', name: '某某县青石镇退役军人服务站' }],
        warnings: [],
      },
      { file: 'b.txt', status: 'skipped', title: '县局召开会议', reason: '标题和日期与已有文章相同:《县局召开会议》' },
    ],
  }

  it('should give each file its outcome, metadata in China time, suggestions and reason', () => {
    const lines = formatReport(run)
    expect(lines).toContain('已导入  a.txt')
    expect(lines).toContain('  日期:2024-07-09 01:22  来源:某某日报')
    expect(lines).toContain('  建议服务站:某某县青石镇退役军人服务站')
    expect(lines).toContain('已跳过  b.txt')
    expect(lines).toContain('  原因:标题和日期与已有文章相同:《县局召开会议》')
  })

  it('should end with the totals and the reminder that imports are drafts', () => {
    expect(formatReport(run).slice(-2)).toEqual(['导入完成:已导入 1,已跳过 1,失败 0。', '导入的文章均为草稿,请在后台审核后发布。'])
  })

  it('should call a dry run a preview', () => {
    expect(formatReport({ ...run, dryRun: true }).at(-1)).toBe('预览完成:可导入 1,已跳过 1,失败 0。')
  })
})

describe('import failure messages', () => {
  it('should list each field and its message for a validation error, whichever copy of Payload threw it', () => {
    const foreign = Object.assign(new Error('下面的字段是无效的: 正文'), { data: { errors: [{ path: 'body', label: '正文', message: '该字段为必填项目。' }] } })
    expect(describeError(foreign)).toBe('保存失败:正文(该字段为必填项目。)')
    expect(describeError(new ValidationError({ errors: [{ path: 'title', message: '必填' }] }))).toBe('保存失败:title(必填)')
  })

  it('should give the message of any other error', () => {
    expect(describeError(new Error('磁盘已满'))).toBe('磁盘已满')
    expect(describeError('超时')).toBe('超时')
  })
})
