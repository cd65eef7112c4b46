/** Uploads: what the media library accepts, and the names the public-file rule is built on. */

/** Largest upload accepted (images and PDFs); the multipart body is refused above it. */
export const MEDIA_MAX_BYTES = 20 * 1024 * 1024

/** Largest image, in pixels, sharp is asked to decode (a 50-megapixel photo passes; a pixel bomb does not). */
export const MEDIA_MAX_PIXELS = 50_000_000

/** The derived field on every content collection listing the media ids a document uses. */
export const MEDIA_USED_FIELD = 'mediaUsed'

/** Marks a collection config whose documents' media uses decide which files are public. */
export const MEDIA_USE_MARK = 'usesMedia'

export const MEDIA_ERRORS = {
  tooLarge: `文件不能超过 ${MEDIA_MAX_BYTES / 1024 / 1024} MB`,
  badType: '只能上传 JPG、PNG、WebP 图片或 PDF 文件(按文件内容识别)',
  polyglot: '文件中含有网页代码(HTML/SVG/脚本),不能上传',
  tooManyPixels: `图片像素过多(超过 ${MEDIA_MAX_PIXELS / 1_000_000} 百万像素),请缩小后再上传`,
  unreadable: '图片无法读取,文件可能已损坏',
  inUse: '已有内容使用此文件,不能直接替换:请上传新文件,在内容中更换后提交审核',
  publishedUse: '已发布的内容正在使用此文件,不能删除:请先在内容中更换并发布',
} as const
