import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'

/**
 * Marks a rendered page as "not found": Express answers it with status 404 and never caches it
 * (src/http/publicPages.ts). Pages render NotFoundPage instead of calling Next's notFound(),
 * whose UI Next renders only in the browser when a site has several root layouts, and the
 * public site sends no client JavaScript.
 */
export const NOT_FOUND_MARKER = 'lentera-status'

export const notFoundMetadata = (lang: Lang) => pageMetadata({ lang, path: '/', title: TEXT[lang].notFoundTitle })

/** The 404 page: says so plainly and offers the main ways in. */
export const NotFoundPage = ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const ways = [
    ['/', text.nav.home],
    ['/peta-jalan', text.nav.roadmap],
    ['/mitra', text.nav.partners],
    ['/indikator', text.nav.indicators],
    ['/cari', text.nav.search],
  ] as const
  return (
    <PageFrame lang={lang} path="/">
      <meta name={NOT_FOUND_MARKER} content="404" />
      <meta name="robots" content="noindex" />
      <h1>{text.notFoundTitle}</h1>
      <p>{text.notFoundBody}</p>
      <ul>
        {ways.map(([path, label]) => (
          <li key={path}>
            <a href={pathFor(lang, path)}>{label}</a>
          </li>
        ))}
      </ul>
    </PageFrame>
  )
}
