import type { Metadata } from 'next'

import type { Lang } from './i18n'
import { TEXT, pathFor } from './i18n'

/** The public origin for absolute links (OpenGraph, sitemap, feeds). */
export const publicOrigin = (): string => (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, '')

/**
 * Title, description, canonical URL, the page in the other language (hreflang) and OpenGraph
 * tags, for a page that exists at `path` in both languages.
 */
export const pageMetadata = ({
  lang,
  path,
  title,
  description,
}: {
  lang: Lang
  path: string
  title?: string
  description?: string
}): Metadata => {
  const text = TEXT[lang]
  const fullTitle = title ? `${title} · ${text.siteName}` : `${text.siteName} · ${text.siteSubtitle}`
  const summary = description ?? text.siteDescription
  const url = `${publicOrigin()}${pathFor(lang, path)}`
  return {
    metadataBase: new URL(publicOrigin()),
    title: { absolute: fullTitle },
    description: summary,
    alternates: {
      canonical: url,
      languages: {
        id: `${publicOrigin()}${pathFor('id', path)}`,
        en: `${publicOrigin()}${pathFor('en', path)}`,
        'x-default': `${publicOrigin()}${pathFor('id', path)}`,
      },
    },
    openGraph: {
      type: 'website',
      siteName: text.siteName,
      title: fullTitle,
      description: summary,
      url,
      locale: lang === 'id' ? 'id_ID' : 'en_GB',
      alternateLocale: lang === 'id' ? ['en_GB'] : ['id_ID'],
    },
    twitter: { card: 'summary', title: fullTitle, description: summary },
  }
}
