import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

export type ContentItem<T> = { file: string; data: T; body: string }

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/

/** Splits a Markdown file into its YAML front matter and its body. */
export const parseMarkdown = <T>(text: string, file = '<string>'): ContentItem<T> => {
  const match = FRONT_MATTER.exec(text)
  if (!match) throw new Error(`${file}: missing YAML front matter`)
  return { file, data: parse(match[1]) as T, body: match[2].trim() }
}

/** Every `*.md` file of one content folder, in file-name order. */
export const readFolder = <T>(contentDir: string, folder: string): ContentItem<T>[] => {
  const dir = path.join(contentDir, folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => parseMarkdown<T>(readFileSync(path.join(dir, name), 'utf8'), path.join(folder, name)))
}

export const readYaml = <T>(contentDir: string, file: string): T =>
  parse(readFileSync(path.join(contentDir, file), 'utf8')) as T
