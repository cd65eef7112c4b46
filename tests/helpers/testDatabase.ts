import path from 'node:path'

/** Which database an integration run targets, and the URI for a given data folder. */
export const testDatabase = (): 'sqlite' | 'mongodb' => (process.env.TEST_DB === 'mongodb' ? 'mongodb' : 'sqlite')

export const databaseUriFor = (dataDir: string, name: string): string => {
  if (testDatabase() === 'sqlite') return `file:${path.join(dataDir, `${name}.db`)}`
  const url = new URL(process.env.MONGODB_URI!)
  url.pathname = `/${name}`
  return url.toString()
}
