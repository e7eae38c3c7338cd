/**
 * Text in XML (Atom, sitemaps). Characters XML 1.0 forbids — most C0 controls, lone
 * surrogates, U+FFFE and U+FFFF — are dropped, since no escape can express them; the five
 * markup characters are escaped, so text can go into both element content and attribute values.
 */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const stripInvalidXmlChars = (text: string): string => text.replace(INVALID_XML_CHARS, '')

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export const escapeXml = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : stripInvalidXmlChars(String(value)).replace(/[&<>"']/g, (character) => ESCAPES[character])

/** An element with escaped text content; nothing when there is no value. */
export const xmlElement = (name: string, value: string | number | null | undefined, attributes: Record<string, string | null | undefined> = {}): string => {
  if (value === null || value === undefined || value === '') return ''
  return `<${name}${xmlAttributes(attributes)}>${escapeXml(value)}</${name}>`
}

/** ` name="value"` pairs, escaped; attributes without a value are left out. */
export const xmlAttributes = (attributes: Record<string, string | null | undefined>): string =>
  Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')

/** An ISO 8601 instant for Atom and sitemaps, or null for a missing or unreadable date. */
export const isoInstant = (value: string | Date | null | undefined): string | null => {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
