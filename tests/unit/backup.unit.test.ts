import { describe, expect, it } from 'vitest'

import { archivesToDelete, backupName, sqlitePath } from '../../scripts/lib/backup'

describe('backup archives', () => {
  it('should name an archive by its UTC time, so names sort by time', () => {
    expect(backupName(new Date('2026-12-03T07:15:59.570Z'))).toBe('backup-20261203-071559.tar.gz')
  })

  it('should keep the newest and delete beyond the count or past the retention, and nothing else in the folder', () => {
    const now = new Date('2026-12-03T00:00:00Z')
    const names = ['backup-20261202-020000.tar.gz', 'backup-20261201-020000.tar.gz', 'backup-20261130-020000.tar.gz', 'backup-20231101-020000.tar.gz', 'notes.txt']
    expect(archivesToDelete(names, { keep: 2, maxAgeDays: 1095, now })).toEqual(['backup-20261130-020000.tar.gz', 'backup-20231101-020000.tar.gz'])
    // The enquiries' retention wins over the count: no backup keeps personal data longer than the cases may.
    expect(archivesToDelete(names, { keep: 14, maxAgeDays: 1095, now })).toEqual(['backup-20231101-020000.tar.gz'])
    expect(archivesToDelete(names, { keep: 14, maxAgeDays: 2, now })).toEqual(['backup-20261130-020000.tar.gz', 'backup-20231101-020000.tar.gz'])
  })

  it('should find the SQLite file of a file: address', () => {
    expect(sqlitePath('file:/srv/va/data/site.db')).toBe('/srv/va/data/site.db')
    expect(sqlitePath('file:///srv/va/data/site.db?mode=rw')).toBe('/srv/va/data/site.db')
  })
})
