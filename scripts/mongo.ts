/**
 * `npm run mongo`: a MongoDB wire server for trying the site on MongoDB where no mongod is
 * installed (see scripts/mongo/congodb.ts). Data is kept in memory, or in MONGO_DATA_DIR when
 * set. Then, in another terminal: DATABASE_URI=<printed address> npm start
 */
import path from 'node:path'

import { startWireServer } from './mongo/wireServer'

const port = Number(process.env.MONGO_PORT ?? 27017)
const storagePath = process.env.MONGO_DATA_DIR ? path.resolve(process.env.MONGO_DATA_DIR) : undefined
const server = await startWireServer({ port, storagePath })
console.log(
  [
    `MongoDB 测试服务器(CongoDB)已在端口 ${port} 启动,数据${storagePath ? `保存在 ${storagePath}` : '仅在内存中,停止后清空'}。`,
    '在另一个终端运行:',
    `  DATABASE_URI='${server.uri('veterans')}' npm start`,
    '按 Ctrl+C 停止。',
  ].join('\n'),
)
const stop = () => void server.stop().finally(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
