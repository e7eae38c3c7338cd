/**
 * Lexical rich text (as the API returns it) as plain text, for downloads, feeds and search
 * snippets: blocks (paragraphs, headings, list items, quotes) on lines of their own, inline
 * nodes (text, links) run together; uploads, relationships and other nodes without text add
 * nothing.
 */
type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }

const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'mark', 'hashtag'])

const isNode = (value: unknown): value is LexicalNode => value !== null && typeof value === 'object' && !Array.isArray(value)

const textOf = (node: LexicalNode): string => {
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (typeof node.text === 'string') return node.text
  const children = Array.isArray(node.children) ? node.children.filter(isNode) : []
  let text = ''
  let previousWasBlock = false
  for (const child of children) {
    const isInline = typeof child.type === 'string' ? INLINE_TYPES.has(child.type) : typeof child.text === 'string'
    const childText = textOf(child)
    if (!isInline) {
      if (childText.trim() === '') continue
      text += (text && !text.endsWith('\n') ? '\n' : '') + childText.replace(/\n+$/, '') + '\n'
      previousWasBlock = true
    } else {
      if (previousWasBlock && text && !text.endsWith('\n')) text += '\n'
      text += childText
      previousWasBlock = false
    }
  }
  return text
}

export const richTextToPlainText = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  if (!isNode(value)) return ''
  const root = isNode((value as { root?: unknown }).root) ? (value as { root: LexicalNode }).root : value
  return textOf(root)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The same text on one line, for snippets and summaries. */
export const richTextToLine = (value: unknown): string => richTextToPlainText(value).replace(/\s+/g, ' ').trim()
