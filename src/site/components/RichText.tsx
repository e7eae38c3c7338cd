import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Rich text from the CMS rendered on the server as plain HTML (no client code). */
export const RichText = ({ data, className }: { data: unknown; className?: string }) => {
  if (!data || typeof data !== 'object' || !('root' in (data as object))) return null
  return <LexicalRichText data={data as never} className={className ?? 'rich-text'} />
}
