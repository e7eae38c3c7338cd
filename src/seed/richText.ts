/** Builds a Lexical editor state from plain paragraphs, the shape Payload's rich text stores. */
export const paragraphsToLexical = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

type LexicalNode = { text?: string; children?: LexicalNode[]; type?: string }

/** The plain text of a Lexical state, paragraphs separated by blank lines (for search, feeds, tests). */
export const lexicalToPlainText = (state: unknown): string => {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const textOf = (node: LexicalNode): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')
  return (root.children ?? []).map(textOf).join('\n\n')
}
