import type { Endpoint, PayloadHandler } from 'payload'

const FILE_PATH = '/file/:filename'

/**
 * Payload's own file route answers 403 for a file the reader may not see, which tells anyone
 * guessing names that the file exists. The same route, listed before Payload's, answers 404
 * instead, as the public site does.
 */
const handler: PayloadHandler = async (req) => {
  const own = req.payload.collections.media.config.endpoints || []
  const payloadsOwn = own.find((endpoint) => endpoint.path === FILE_PATH && endpoint.method === 'get' && endpoint.handler !== handler)
  if (!payloadsOwn) return Response.json({ errors: [{ message: '未找到该文件' }] }, { status: 404 })
  try {
    return await payloadsOwn.handler(req)
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error
    return Response.json({ errors: [{ message: '未找到该文件' }] }, { status: 404 })
  }
}

export const notFoundFileEndpoint: Endpoint = { path: FILE_PATH, method: 'get', handler }
