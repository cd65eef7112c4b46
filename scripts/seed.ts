/** `npm run seed`: applies migrations, loads content/ into the database (idempotent), prints what it did. */
export {}

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })

const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const { seed } = await import('../src/payload/seed/seed')

const payload = await getPayload({ config })
const started = Date.now()
console.log('正在导入演示内容…')
await seed(payload, { log: (line) => console.log(`  ${line}`) })
console.log(`演示内容导入完成,用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`)
await payload.destroy()
process.exit(0)
