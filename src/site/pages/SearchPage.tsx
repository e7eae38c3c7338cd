import type { Metadata } from 'next'

import type { SearchKind, SearchResult } from '../../search/searchText'
import { SEARCH_MAX_LENGTH, firstParam, highlight, normalizeSearchQuery, searchTerms } from '../../search/searchText'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { publicQuery } from '../publicGraphQL'

type SearchParams = Record<string, string | string[] | undefined>

const RESULT_LIMIT = 50

const SEARCH_QUERY = `query PublicSearch($query: String!, $locale: LocaleInputType, $limit: Int) {
  publicSearch(query: $query, locale: $locale, limit: $limit) { kind id title url context snippet }
}`

const KIND_LABEL: Record<Lang, Record<SearchKind, string>> = {
  id: { section: 'Bagian peta jalan', commitment: TEXT.id.commitment, organization: TEXT.id.organization },
  en: { section: 'Roadmap section', commitment: TEXT.en.commitment, organization: TEXT.en.organization },
}

const PAGE_TEXT = {
  id: { resultsHeading: 'Hasil pencarian', hint: 'Gunakan "tanda kutip" untuk frasa, dan tanda minus (-kata) untuk mengecualikan kata.' },
  en: { resultsHeading: 'Search results', hint: 'Use "quotes" for a phrase, and a minus sign (-word) to leave a word out.' },
} as const

/** The query from `?q=`, cleaned and cut to length as the search will use it. */
export const queryFromParams = (searchParams: SearchParams): string => normalizeSearchQuery(firstParam(searchParams.q))

export const searchMetadata = (lang: Lang, searchParams: SearchParams): Metadata => {
  const text = TEXT[lang]
  const query = queryFromParams(searchParams)
  const metadata = pageMetadata({ lang, path: '/cari', title: query ? `${text.searchTitle}: ${query}` : text.searchTitle, description: text.searchIntro })
  // A results page is not a page of its own for search engines; the empty form is.
  return query ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

const Highlighted = ({ text, terms }: { text: string; terms: string[] }) => (
  <>
    {highlight(text, terms).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
  </>
)

/**
 * `/cari?q=…`: search across published sections, commitments and organizations through the
 * public GraphQL API's `publicSearch`. A plain GET form — no JavaScript — that echoes the query
 * (as text: React escapes it) and lists the results, best match first.
 */
export const SearchPage = async ({ lang, searchParams }: { lang: Lang; searchParams: SearchParams }) => {
  const text = TEXT[lang]
  const own = PAGE_TEXT[lang]
  const query = queryFromParams(searchParams)
  const results = query
    ? (await publicQuery<{ publicSearch: SearchResult[] }>(SEARCH_QUERY, { lang, variables: { query, limit: RESULT_LIMIT } })).publicSearch
    : []
  const terms = searchTerms(query)

  return (
    <PageFrame lang={lang} path="/cari">
      <Breadcrumbs lang={lang} items={[{ label: text.searchTitle, path: '/cari' }]} />
      <h1>{text.searchTitle}</h1>
      <p>{text.searchIntro}</p>
      <form className="search" role="search" method="get" action={pathFor(lang, '/cari')}>
        <p>
          <label htmlFor="cari-q">{text.searchLabel}</label>
          <br />
          <input id="cari-q" name="q" type="search" defaultValue={query} maxLength={SEARCH_MAX_LENGTH} autoComplete="off" aria-describedby="cari-petunjuk" />
        </p>
        <p>
          <button type="submit">{text.searchButton}</button>
        </p>
      </form>
      <p id="cari-petunjuk" className="muted">
        {own.hint}
      </p>

      {query ? (
        <section aria-labelledby="hasil">
          <h2 id="hasil">{own.resultsHeading}</h2>
          {results.length === 0 ? (
            <p>{text.searchNoResults(query)}</p>
          ) : (
            <>
              <p>{text.searchResults(results.length, query)}</p>
              <ol className="search-results">
                {results.map((result) => (
                  <li key={`${result.kind}-${result.id}`}>
                    <h3>
                      <a href={result.url}>
                        <Highlighted text={result.title} terms={terms} />
                      </a>
                    </h3>
                    <p className="muted">
                      {KIND_LABEL[lang][result.kind] ?? result.kind}
                      {result.context ? ` · ${result.context}` : ''}
                    </p>
                    {result.snippet ? (
                      <p>
                        <Highlighted text={result.snippet} terms={terms} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ) : null}
    </PageFrame>
  )
}
