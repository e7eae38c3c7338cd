import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'

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
