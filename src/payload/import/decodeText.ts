/**
 * Old Chinese sites saved pages as UTF-8 or as GBK/GB18030, rarely saying which. UTF-8 is tried
 * strictly first; bytes that are not valid UTF-8 are read as GB18030 (a superset of GBK).
 */
export const decodeText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  // Text in UTF-8 or GB18030 never holds a zero byte; images, Word files and archives do.
  if (bytes.includes(0)) throw new Error('文件不是纯文本或网页(可能是图片、Word 文档或压缩包),无法导入')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
