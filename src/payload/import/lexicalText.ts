type LexicalNode = { text?: unknown; children?: unknown }

/** The plain text of a Lexical document, one line per block, for comparing bodies. */
export const lexicalText = (value: unknown): string => {
  const walk = (node: LexicalNode): string => {
    if (typeof node.text === 'string') return node.text
    return Array.isArray(node.children) ? node.children.map((child) => walk(child as LexicalNode)).join('') + '\n' : ''
  }
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? walk(root).trim() : ''
}
