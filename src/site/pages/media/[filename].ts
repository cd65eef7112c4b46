import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { APIRoute } from 'astro'

import { mediaDir } from '../../../payload/env'
import { findMediaByFilename } from '../../lib/content'
import { mediaContentType } from '../../lib/mediaTypes'

/** Uploaded files, served only when the public may read their media document (a public item uses it). */
export const GET: APIRoute = async ({ params }) => {
  const filename = params.filename ?? ''
  const type = mediaContentType(filename)
  if (!type || !(await findMediaByFilename(filename))) {
    return new Response('未找到该文件', { status: 404 })
  }
  const file = path.join(mediaDir(), filename)
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return new Response('未找到该文件', { status: 404 })
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      'content-type': type,
      'content-length': String(info.size),
      // Short: a file stops being public when its content is unpublished, and caches must follow soon.
      'cache-control': 'public, max-age=300',
    },
  })
}
