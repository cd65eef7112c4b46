import { describe, expect, it } from 'vitest'

import { orderByHierarchy } from '../../src/site/lib/stationOrder'

type Level = 'county' | 'township' | 'village'
const station = (id: number, name: string, level: Level, parent?: { id: number; name: string } | number) => ({ id, name, level, parent })

const county = station(1, '南屏县退役军人服务中心', 'county')
const baisha = station(2, '白沙乡退役军人服务站', 'township', { id: 1, name: county.name })
const chengguan = station(3, '城关镇退役军人服务站', 'township', 1)
const liujia = station(4, '刘家村退役军人服务站', 'village', { id: 2, name: baisha.name })
const anping = station(5, '安平村退役军人服务站', 'village', { id: 2, name: baisha.name })
const dongmen = station(6, '东门社区退役军人服务站', 'village', { id: 3, name: chengguan.name })

const names = (list: { name: string }[]) => list.map((item) => item.name)

describe('station directory order', () => {
  it('should list the county, then each township followed by its villages', () => {
    // As the database returns them: by name, villages before their township.
    const fromDatabase = [anping, baisha, chengguan, dongmen, liujia, county]
    expect(names(orderByHierarchy(fromDatabase))).toEqual([county, baisha, anping, liujia, chengguan, dongmen].map((item) => item.name))
  })

  it('should keep the villages of one township together when the township is filtered out', () => {
    expect(names(orderByHierarchy([dongmen, liujia, anping]))).toEqual([anping, liujia, dongmen].map((item) => item.name))
  })

  it('should never drop a station, even with a parent cycle', () => {
    const a = station(10, '甲', 'township', 11)
    const b = station(11, '乙', 'township', 10)
    expect(orderByHierarchy([a, b, county])).toHaveLength(3)
  })
})
