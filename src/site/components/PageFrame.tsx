import type React from 'react'

import type { Lang } from '../i18n'
import { TEXT, otherLang, pathFor } from '../i18n'
import { publicQuery } from '../publicGraphQL'

const NAV_ITEMS = [
  ['home', '/'],
  ['roadmap', '/peta-jalan'],
  ['partners', '/mitra'],
  ['indicators', '/indikator'],
  ['status', '/status'],
  ['changes', '/perubahan'],
  ['data', '/data'],
  ['search', '/cari'],
] as const

const isCurrent = (itemPath: string, path: string) => (itemPath === '/' ? path === '/' : path === itemPath || path.startsWith(`${itemPath}/`))

/**
 * Everything around a public page's content: skip link, header with navigation and the switch
 * to the same page in the other language, the demo-data notice while demo data is loaded, and
 * the footer. `path` is the page's path without the language prefix.
 */
export const PageFrame = async ({ lang, path, children }: { lang: Lang; path: string; children: React.ReactNode }) => {
  const text = TEXT[lang]
  const { SiteSetting } = await publicQuery<{ SiteSetting: { demoData?: boolean | null } | null }>(
    'query ($locale: LocaleInputType) { SiteSetting(locale: $locale) { demoData } }',
    { lang },
  )
  const other = otherLang(lang)
  return (
    <>
      <a className="skip-link" href="#konten">
        {text.skipToContent}
      </a>
      <header className="site-header">
        <div className="header-top">
          <a href={pathFor(lang, '/')} className="brand">
            {text.siteName}
          </a>
          <span className="brand-sub">{text.siteSubtitle}</span>
          <a className="lang-switch" href={pathFor(other, path)} hrefLang={other} lang={other} aria-label={TEXT[lang].switchLanguageLabel}>
            {text.switchLanguage}
          </a>
        </div>
        <nav aria-label={text.mainNavigation}>
          <ul className="nav">
            {NAV_ITEMS.map(([key, itemPath]) => (
              <li key={key}>
                <a href={pathFor(lang, itemPath)} aria-current={isCurrent(itemPath, path) ? 'page' : undefined}>
                  {text.nav[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {SiteSetting?.demoData ? (
        <p className="demo-notice" role="note">
          <strong>{text.demoNoticeTitle}</strong> {text.demoNotice}
        </p>
      ) : null}
      <main id="konten" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{text.footer}</p>
        <p>
          <a href={pathFor(lang, '/data')}>{text.footerData}</a> · <a href={pathFor(lang, '/feed.xml')}>Atom</a>
        </p>
      </footer>
    </>
  )
}
