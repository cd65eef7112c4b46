import { describe, expect, it } from 'vitest'

import { addressBucket, clientAddress } from '../../src/payload/rules/clientAddress'

describe('clientAddress', () => {
  it('should take the entry our proxy appended (the rightmost), not the ones the client wrote', () => {
    expect(clientAddress('1.1.1.1, 198.51.100.7, 203.0.113.9', '10.0.0.2', true)).toBe('203.0.113.9')
    expect(clientAddress(['1.1.1.1', '203.0.113.9'], '10.0.0.2', true)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9 , ', '10.0.0.2', true)).toBe('203.0.113.9')
  })

  it('should ignore X-Forwarded-For without a proxy of ours, and fall back to the connection', () => {
    expect(clientAddress('1.1.1.1, 203.0.113.9', '10.0.0.2', false)).toBe('10.0.0.2')
    expect(clientAddress(undefined, '10.0.0.2', true)).toBe('10.0.0.2')
    expect(clientAddress('', '10.0.0.2', true)).toBe('10.0.0.2')
  })
})

describe('addressBucket', () => {
  it('should count an IPv4 client by its address', () => {
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9')
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9')
  })

  it('should count every address of one IPv6 /64 as one client, however it is written', () => {
    const bucket = addressBucket('2001:db8:1234:5678::1')
    expect(bucket).toBe('2001:db8:1234:5678::/64')
    for (const address of ['2001:db8:1234:5678:aaaa:bbbb:cccc:dddd', '2001:0DB8:1234:5678:0:0:0:2', '2001:db8:1234:5678::3%eth0']) {
      expect(addressBucket(address)).toBe(bucket)
    }
    expect(addressBucket('2001:db8:1234:5679::1')).not.toBe(bucket)
    expect(addressBucket('::1')).toBe('0:0:0:0::/64')
  })

  it('should leave anything that is not an address as it is', () => {
    expect(addressBucket('unknown')).toBe('unknown')
  })
})
