import type { Lang } from '../i18n'
import { SITE_LANGS, pathFor } from '../i18n'
import { escapeXml, isoInstant } from './xml'

/**
 * The sitemap (sitemaps.org 0.9) with every page in both languages: each language version is
 * its own <url>, and each lists all versions — itself included, as Google asks — as
 * xhtml:link hreflang alternates, with Indonesian as x-default. And robots.txt.
 */

export type SitemapPage = {
  /** The path without the language prefix: `/komitmen/abc`. Segments must already be URL-encoded. */
  path: string
  lastModified?: string | Date | null
}

const alternateLinks = (origin: string, path: string): string[] => [
  ...SITE_LANGS.map((lang: Lang) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(`${origin}${pathFor(lang, path)}`)}"/>`),
  `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${origin}${pathFor('id', path)}`)}"/>`,
]

export const buildSitemapXml = (origin: string, pages: SitemapPage[]): string => {
  const seen = new Set<string>()
  const urls: string[] = []
  for (const page of pages) {
    if (seen.has(page.path)) continue
    seen.add(page.path)
    const lastModified = isoInstant(page.lastModified)
    for (const lang of SITE_LANGS) {
      urls.push(
        [
          '  <url>',
          `    <loc>${escapeXml(`${origin}${pathFor(lang, page.path)}`)}</loc>`,
          lastModified ? `    <lastmod>${lastModified}</lastmod>` : '',
          ...alternateLinks(origin, page.path),
          '  </url>',
        ]
          .filter(Boolean)
          .join('\n'),
      )
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

/**
 * Crawlers may read every public page; not the admin or the APIs (public files excepted), and
 * not search results, whose query strings are endless (the search page itself stays listed).
 */
export const buildRobotsTxt = (origin: string): string =>
  [
    'User-agent: *',
    'Allow: /',
    'Allow: /api/media/file/',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /cari?',
    'Disallow: /en/cari?',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
