import { escapeXml, isoInstant, xmlAttributes, xmlElement } from './xml'

/**
 * An Atom 1.0 feed (RFC 4287) as text. Every piece of text is escaped; entries without a
 * usable date are left out (Atom requires one), and the feed's own `updated` is its newest entry's.
 */

export type AtomEntry = {
  /** A permanent, unique IRI (a tag: URI). */
  id: string
  title: string
  link: string
  updated: string | Date
  published?: string | Date | null
  author?: string | null
  summary?: string | null
  category?: { term: string; label: string } | null
}

export type AtomFeed = {
  id: string
  title: string
  subtitle?: string | null
  lang: string
  /** The feed's own address (rel="self"). */
  self: string
  /** The site page it belongs to (rel="alternate"). */
  alternate: string
  /** Other language versions of the feed. */
  alternates?: { href: string; hreflang: string }[]
  author: string
  /** Used for `updated` when there are no entries. */
  now: Date
  entries: AtomEntry[]
}

/** `tag:example.org,2025:lentera/id/commitment/12` — stable however titles and slugs change. */
export const tagUri = (origin: string, specific: string): string => {
  let host = 'lentera.invalid'
  try {
    host = new URL(origin).hostname || host
  } catch {
    // keep the placeholder host
  }
  return `tag:${host},2025:lentera/${specific}`
}

const entryXml = (entry: AtomEntry & { updatedIso: string }): string =>
  [
    '  <entry>',
    `    ${xmlElement('id', entry.id)}`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: entry.link })}/>`,
    isoInstant(entry.published) ? `    ${xmlElement('published', isoInstant(entry.published))}` : '',
    `    ${xmlElement('updated', entry.updatedIso)}`,
    entry.author ? `    <author>${xmlElement('name', entry.author)}</author>` : '',
    entry.category ? `    <category${xmlAttributes({ term: entry.category.term, label: entry.category.label })}/>` : '',
    entry.summary ? `    <summary type="text">${escapeXml(entry.summary)}</summary>` : '',
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n')

export const buildAtomFeed = (feed: AtomFeed): string => {
  const entries = feed.entries
    .map((entry) => ({ ...entry, updatedIso: isoInstant(entry.updated) }))
    .filter((entry): entry is AtomEntry & { updatedIso: string } => entry.updatedIso !== null)
    .sort((a, b) => b.updatedIso.localeCompare(a.updatedIso))
  const updated = entries[0]?.updatedIso ?? feed.now.toISOString()
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${xmlAttributes({ 'xml:lang': feed.lang })}>`,
    `  ${xmlElement('id', feed.id)}`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>` : '',
    `  <link${xmlAttributes({ rel: 'self', type: 'application/atom+xml', href: feed.self })}/>`,
    `  <link${xmlAttributes({ rel: 'alternate', type: 'text/html', hreflang: feed.lang, href: feed.alternate })}/>`,
    ...(feed.alternates ?? []).map(
      (alternate) => `  <link${xmlAttributes({ rel: 'alternate', type: 'application/atom+xml', hreflang: alternate.hreflang, href: alternate.href })}/>`,
    ),
    `  ${xmlElement('updated', updated)}`,
    `  <author>${xmlElement('name', feed.author)}</author>`,
    '  <generator>Lentera</generator>',
    ...entries.map(entryXml),
    '</feed>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
}
