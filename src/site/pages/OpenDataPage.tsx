import type { Metadata } from 'next'

import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import { DATASETS, DATA_FORMATS } from '../exports/datasets'
import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'
import { pageMetadata, publicOrigin } from '../metadata'

const PAGE_TEXT = {
  id: {
    formatsTitle: 'Tentang berkas',
    formats: [
      'CSV: UTF-8 (dengan BOM), dipisahkan koma, baris diakhiri CRLF (RFC 4180). Baris pertama berisi nama kolom. Teks yang diawali = + - atau @ diberi tanda petik tunggal di depannya agar tidak dibaca sebagai rumus oleh program lembar kerja.',
      'JSON: objek dengan keterangan set data, daftar kolom beserta artinya, dan larik "rows" berisi satu objek per baris.',
      'Nama kolom sama di kedua bahasa; teks (judul, nama, deskripsi) mengikuti bahasa halaman, dan memakai teks bahasa Indonesia bila belum ada terjemahan. Tanggal berformat YYYY-MM-DD (WIB); waktu perubahan berformat ISO 8601 (UTC).',
    ],
    datasetsTitle: 'Set data',
    columnHeader: 'Kolom',
    descriptionHeader: 'Keterangan',
    downloadAs: (format: string) => `${TEXT.id.download} ${format.toUpperCase()}`,
    downloadHint: (title: string) => `: ${title}`,
    feedTitle: 'Umpan berita',
    feedNote: 'Laporan kemajuan yang disetujui dan komitmen yang baru dipublikasikan, dalam format Atom untuk pembaca umpan.',
  },
  en: {
    formatsTitle: 'About the files',
    formats: [
      'CSV: UTF-8 (with a BOM), comma-separated, lines ending in CRLF (RFC 4180). The first row holds the column names. Text starting with = + - or @ is prefixed with an apostrophe so spreadsheet programs never read it as a formula.',
      'JSON: an object describing the dataset, its columns with their meaning, and a "rows" array with one object per row.',
      'Column names are the same in both languages; text (titles, names, descriptions) follows the page’s language and falls back to Indonesian where there is no translation yet. Dates are YYYY-MM-DD (Jakarta time); change times are ISO 8601 (UTC).',
    ],
    datasetsTitle: 'Datasets',
    columnHeader: 'Column',
    descriptionHeader: 'Meaning',
    downloadAs: (format: string) => `${TEXT.en.download} ${format.toUpperCase()}`,
    downloadHint: (title: string) => `: ${title}`,
    feedTitle: 'News feed',
    feedNote: 'Approved progress reports and newly published commitments, in Atom format for feed readers.',
  },
} as const

export const openDataMetadata = (lang: Lang): Metadata => {
  const metadata = pageMetadata({ lang, path: '/data', title: TEXT[lang].dataTitle, description: TEXT[lang].dataIntro })
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { 'application/atom+xml': [{ url: `${publicOrigin()}${pathFor(lang, '/feed.xml')}`, title: TEXT[lang].feed }] },
    },
  }
}

/**
 * `/data`: the open data downloads, each with what it holds and the meaning of every column,
 * and the Atom feed. The page itself reads nothing: every download is read as the anonymous
 * public when it is requested.
 */
export const OpenDataPage = ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const own = PAGE_TEXT[lang]
  return (
    <PageFrame lang={lang} path="/data">
      <Breadcrumbs lang={lang} items={[{ label: text.dataTitle, path: '/data' }]} />
      <h1>{text.dataTitle}</h1>
      <p className="lead">{text.dataIntro}</p>

      <h2 id="set-data">{own.datasetsTitle}</h2>
      <ul>
        {DATASETS.map((dataset) => (
          <li key={dataset.name}>
            <a href={`#${dataset.name}`}>{dataset.title[lang]}</a>
          </li>
        ))}
      </ul>

      {DATASETS.map((dataset) => (
        <section key={dataset.name} aria-labelledby={dataset.name}>
          <h3 id={dataset.name}>{dataset.title[lang]}</h3>
          <p>{dataset.description[lang]}</p>
          <ul className="tags">
            {DATA_FORMATS.map((format) => (
              <li key={format}>
                <a href={pathFor(lang, `/data/${dataset.name}.${format}`)} type={format === 'csv' ? 'text/csv' : 'application/json'}>
                  {own.downloadAs(format)}
                  <span className="sr-only">{own.downloadHint(dataset.title[lang])}</span>
                </a>{' '}
                <span className="muted">({`${dataset.name}.${format}`})</span>
              </li>
            ))}
          </ul>
          <div className="table-wrap">
            <table>
              <caption>
                {text.columns}: {dataset.title[lang]}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{own.columnHeader}</th>
                  <th scope="col">{own.descriptionHeader}</th>
                </tr>
              </thead>
              <tbody>
                {dataset.columns.map((column) => (
                  <tr key={column.name}>
                    <th scope="row">
                      <code>{column.name}</code>
                    </th>
                    <td>{column.description[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h2 id="format">{own.formatsTitle}</h2>
      <ul>
        {own.formats.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2 id="umpan">{own.feedTitle}</h2>
      <p>
        <a href={pathFor(lang, '/feed.xml')} type="application/atom+xml">
          {text.feed}
        </a>{' '}
        <span className="muted">(Atom)</span>
      </p>
      <p className="muted">{own.feedNote}</p>
    </PageFrame>
  )
}
