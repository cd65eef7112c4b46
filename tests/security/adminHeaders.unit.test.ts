import { describe, expect, it } from 'vitest'

import { adminSecurityHeaders } from '../../src/payload/rules/adminSecurityHeaders'
import { isPlausibleFilePath } from '../../src/payload/rules/uploadFilePath'

describe('admin security headers', () => {
  it('should forbid framing and sniffing and send HSTS only over https', () => {
    const plain = adminSecurityHeaders('http://localhost:3000')
    expect(plain).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
    expect(plain['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(plain['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(plain).not.toHaveProperty('Strict-Transport-Security')
    expect(adminSecurityHeaders('https://admin.example.gov.cn')['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/)
  })
})

describe('upload file paths', () => {
  it.each([
    '/api/media/file/%252fetc%252fpasswd',
    '/api/media/file/%2fetc%2fpasswd',
    '/api/media/file/%00',
    '/api/media/file/a%00.jpg',
    '/api/media/file/%25252f',
    '/api/media/file/..%5cx',
    '/media/%00',
    '/api/enquiryAttachments/file/%0d%0a',
    '/api/media/file/%E0%A4%A',
  ])('should refuse %s', (path) => {
    expect(isPlausibleFilePath(path)).toBe(false)
  })

  it.each([
    '/api/media/file/photo.jpg',
    '/api/media/file/%E9%80%80%E5%BD%B9.webp',
    '/api/media/file/100%25.jpg',
    '/media/photo-720x480.webp',
    '/api/users/me',
    '/admin/collections/news',
  ])('should let %s through', (path) => {
    expect(isPlausibleFilePath(path)).toBe(true)
  })
})
