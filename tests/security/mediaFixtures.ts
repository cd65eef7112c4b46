import { crc32, deflateSync } from 'node:zlib'

import sharp from 'sharp'

/** A small JPEG carrying camera EXIF, a GPS position and orientation 6 (turned a quarter). */
export const jpegWithExif = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'GPS-9000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 12/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '112/1 58/1 0/1' },
    })
    .toBuffer()

/** A plain picture of its own (distinct bytes each call), for uploads that should pass. */
export const plainPng = (seed: number) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: seed % 256, g: 90, b: 160 } } })
    .png()
    .toBuffer()

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of a few hundred bytes that claims 60,000 × 60,000 pixels (3.6 gigapixels) once decoded. */
export const pixelBombPng = () => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(60_000, 0)
  header.writeUInt32BE(60_000, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(60_001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

export const svgImage = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="10" height="10"/></svg>')

/** A file that starts as a JPEG and carries a page a sniffing browser would run. */
export const htmlPolyglot = async () => {
  const jpeg = await plainPng(7).then((png) => sharp(png).jpeg().toBuffer())
  const page = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')
  // A JPEG comment segment (FFFE) right after the SOI marker.
  const length = Buffer.alloc(2)
  length.writeUInt16BE(page.length + 2)
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, page, jpeg.subarray(2)])
}

/** A PDF of more than 20 MB. */
export const oversizePdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')])
