import { buildAtomFeed, tagUri } from '../../src/site/exports/atom'
import { CSV_BOM, csvCell, neutralizeFormula, toCsv } from '../../src/site/exports/csv'
import { DATASETS, DATASET_NAMES, absoluteUrl, datasetByName, downloadFileName, jakartaDay, parseDataFileName, toJsonDocument } from '../../src/site/exports/datasets'
import { richTextToLine, richTextToPlainText } from '../../src/site/exports/richText'
import { buildRobotsTxt, buildSitemapXml } from '../../src/site/exports/sitemapXml'
import { escapeXml, stripInvalidXmlChars } from '../../src/site/exports/xml'

const context = { lang: 'id' as const, origin: 'https://lentera.example', adoptedRoadmapId: 1 }

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, version: 1 }], version: 1 })
const richText = (...paragraphs: ReturnType<typeof paragraph>[]) => ({ root: { type: 'root', children: paragraphs, version: 1 } })

describe('CSV (RFC 4180)', () => {
  it('should start with a UTF-8 BOM, end every line with CRLF and write the header first', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x'], [null, 'y']])
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv.slice(1)).toBe('a,b\r\n1,x\r\n,y\r\n')
  })

  it('should quote fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"')
    expect(csvCell('plain')).toBe('plain')
  })

  it('should neutralize formulas in text cells', () => {
    for (const dangerous of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralizeFormula(dangerous)).toBe(`'${dangerous}`)
    }
    expect(csvCell('=1+1')).toBe(`'=1+1`)
    expect(csvCell('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`)
    expect(csvCell('Anak = masa depan')).toBe('Anak = masa depan')
    expect(csvCell(['=cmd', 'x'])).toBe(`'=cmd; x`)
  })

  it('should write numbers, booleans, empty values and lists as values', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(12.5)).toBe('12.5')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell([2025, 2026])).toBe('2025; 2026')
    expect(csvCell(['a, b', 'c'])).toBe('"a, b; c"')
    expect(csvCell([])).toBe('')
  })

  it('should keep Indonesian and other non-ASCII text as it is', () => {
    expect(toCsv(['nama'], [['Kementerian Pemberdayaan Perempuan — “PPPA”']]).slice(1)).toBe('nama\r\nKementerian Pemberdayaan Perempuan — “PPPA”\r\n')
  })
})

describe('rich text to plain text', () => {
  it('should put blocks on their own lines and run inline nodes together', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Judul' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Lihat ' },
              { type: 'link', fields: { url: 'https://x' }, children: [{ type: 'text', text: 'tautan' }] },
              { type: 'text', text: ' ini.' },
              { type: 'linebreak' },
              { type: 'text', text: 'Baris kedua' },
            ],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'satu' }] }, { type: 'listitem', children: [{ type: 'text', text: 'dua' }] }] },
          { type: 'upload', value: 3 },
        ],
      },
    }
    expect(richTextToPlainText(value)).toBe('Judul\nLihat tautan ini.\nBaris kedua\nsatu\ndua')
    expect(richTextToLine(value)).toBe('Judul Lihat tautan ini. Baris kedua satu dua')
  })

  it('should give an empty string for nothing', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText(undefined)).toBe('')
    expect(richTextToPlainText({ root: { children: [] } })).toBe('')
    expect(richTextToPlainText(' teks ')).toBe('teks')
  })
})

describe('datasets', () => {
  it('should offer the five datasets, each column described in both languages', () => {
    expect(DATASETS.map((dataset) => dataset.name)).toEqual([...DATASET_NAMES])
    for (const dataset of DATASETS) {
      expect(dataset.title.id && dataset.title.en).toBeTruthy()
      expect(new Set(dataset.columns.map((column) => column.name)).size).toBe(dataset.columns.length)
      for (const column of dataset.columns) {
        expect(column.description.id.length).toBeGreaterThan(3)
        expect(column.description.en.length).toBeGreaterThan(3)
      }
      expect(dataset.query.fields).not.toMatch(/internalNotes|email|user/i)
    }
  })

  it('should map file names to datasets and refuse anything else', () => {
    expect(parseDataFileName('commitments.csv')?.dataset.name).toBe('commitments')
    expect(parseDataFileName('indicator-values.json')?.format).toBe('json')
    for (const bad of ['users.csv', 'commitments.xml', 'commitments', '../commitments.csv', 'Commitments.csv', 'commitments.csv.exe', '']) {
      expect(parseDataFileName(bad)).toBeNull()
    }
    expect(downloadFileName(datasetByName('milestones')!, 'csv', 'en')).toBe('lentera-milestones-en.csv')
  })

  it('should turn API records into rows: stored option values, labels, Jakarta dates, lists and page links', () => {
    const table = datasetByName('commitments')!.table(
      [
        {
          id: 7,
          slug: 'literasi digital',
          title: '=Literasi digital',
          organization: { slug: 'kpai', name: 'Komisi Perlindungan Anak Indonesia', acronym: 'KPAI' },
          section: { code: '1.1.1.1', title: 'Intervensi' },
          role: 'implementer',
          status: 'on_track',
          completion: null,
          progress: 40,
          startDate: '2025-12-31T17:00:00.000Z',
          dueDate: '2026-06-30T12:00:00.000Z',
          indicator: { name: 'Sekolah', unit: 'sekolah', baseline: 0, target: 100 },
          mnrCapabilities: ['_13', '_2'],
          description: richText(paragraph('Satu.'), paragraph('Dua.')),
          updatedAt: '2026-01-02T03:04:05.678Z',
        },
      ],
      context,
    )
    const record = table.records[0]
    expect(record).toMatchObject({
      id: 7,
      organization: 'kpai',
      status: 'on-track',
      statusLabel: 'Sesuai jadwal',
      completion: null,
      startDate: '2026-01-01',
      dueDate: '2026-06-30',
      indicatorBaseline: 0,
      mnrCapabilities: [2, 13],
      description: 'Satu.\nDua.',
      url: 'https://lentera.example/komitmen/literasi%20digital',
      updatedAt: '2026-01-02T03:04:05.678Z',
    })
    expect(table.header[0]).toBe('id')
    const csv = toCsv(table.header, table.rows)
    expect(csv).toContain(`'=Literasi digital`)
    expect(csv).toContain('2; 13')
    expect(csv).toContain('"Satu.\nDua."')
  })

  it('should link sections of the adopted roadmap only, and give English labels and links in English', () => {
    const sections = datasetByName('sections')!
    const docs = [
      { id: 2, code: '1.10', kind: 'strategy', title: 'B', roadmap: { id: 1, slug: 'rpjm' }, targetYears: [2027, 2025], relatedAgencies: [{ slug: 'b' }, null] },
      { id: 1, code: '1.2', kind: 'strategy', title: 'A', roadmap: { id: 1, slug: 'rpjm' }, outputs: [{ output: ' Modul ' }, { output: '' }] },
      { id: 3, code: '1', kind: 'direction', title: 'Old', roadmap: { id: 9, slug: 'lama' } },
    ]
    const table = sections.table(docs, { ...context, lang: 'en' })
    expect(table.records.map((record) => record.code)).toEqual(['1', '1.2', '1.10'])
    expect(table.records[0].url).toBeNull()
    expect(table.records[1]).toMatchObject({ kindLabel: 'Strategy', outputs: ['Modul'], url: 'https://lentera.example/en/peta-jalan/1.2' })
    expect(table.records[2]).toMatchObject({ targetYears: [2025, 2027], relatedAgencies: ['b'] })
  })

  it('should give one row per indicator value with the indicator’s details', () => {
    const table = datasetByName('indicator-values')!.table(
      [
        { id: 1, code: 'B', name: 'Bee', unit: '%', direction: 'lower_is_better', values: [{ periodLabel: '2025', year: 2025, value: -1.5, source: 'BPS' }] },
        { id: 2, code: 'A', name: 'Ay', unit: 'n', values: [{ periodLabel: '2026', year: 2026, value: 3, source: 'X' }, { periodLabel: '2024', year: 2024, value: 1, source: 'Y' }] },
        { id: 3, code: 'C', name: 'Empty', unit: 'n', values: [] },
      ],
      context,
    )
    expect(table.records.map((record) => [record.indicatorCode, record.year])).toEqual([
      ['A', 2024],
      ['A', 2026],
      ['B', 2025],
    ])
    expect(table.records[2]).toMatchObject({ direction: 'lower-is-better', value: -1.5, url: 'https://lentera.example/indikator/B' })
    expect(toCsv(table.header, table.rows)).toContain(',-1.5,')
  })

  it('should make evidence and logo addresses absolute', () => {
    expect(absoluteUrl('https://o', '/api/media/file/a.pdf')).toBe('https://o/api/media/file/a.pdf')
    expect(absoluteUrl('https://o', 'https://x/y')).toBe('https://x/y')
    expect(absoluteUrl('https://o', 'javascript:alert(1)')).toBeNull()
    const table = datasetByName('milestones')!.table([{ id: 1, evidence: [{ url: 'https://bukti', file: null }, { file: { url: '/api/media/file/b.pdf' } }] }], context)
    expect(table.records[0].evidence).toEqual(['https://bukti', 'https://lentera.example/api/media/file/b.pdf'])
  })

  it('should describe itself in the JSON download', () => {
    const dataset = datasetByName('organizations')!
    const table = dataset.table([{ id: 1, slug: 'kpai', name: 'KPAI', kind: 'agency', description: null }], context)
    const json = toJsonDocument({ dataset, table, lang: 'en', origin: 'https://o', generatedAt: new Date('2026-01-01T00:00:00Z') })
    expect(json).toMatchObject({ dataset: 'organizations', language: 'en', source: 'https://o/en/data', count: 1, generatedAt: '2026-01-01T00:00:00.000Z' })
    expect(json.columns[0]).toEqual({ name: 'id', description: expect.any(String) })
    expect(json.rows[0]).toMatchObject({ id: 1, slug: 'kpai', kind: 'agency', kindLabel: 'Lembaga', description: null })
  })

  it('should read dates as days in Jakarta', () => {
    expect(jakartaDay('2026-06-29T17:00:00.000Z')).toBe('2026-06-30')
    expect(jakartaDay('2026-06-30T12:00:00.000Z')).toBe('2026-06-30')
    expect(jakartaDay('not a date')).toBeNull()
    expect(jakartaDay(null)).toBeNull()
  })
})

describe('XML', () => {
  it('should escape markup and drop characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
    expect(stripInvalidXmlChars('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀')
  })
})

describe('Atom feed', () => {
  const feed = buildAtomFeed({
    id: 'https://o/feed.xml',
    title: 'Lentera & co',
    lang: 'id',
    self: 'https://o/feed.xml',
    alternate: 'https://o/',
    alternates: [{ hreflang: 'en', href: 'https://o/en/feed.xml' }],
    author: 'Lentera',
    now: new Date('2026-03-01T00:00:00Z'),
    entries: [
      { id: tagUri('https://o', 'id/commitment/1'), title: 'Old', link: 'https://o/komitmen/a', updated: '2026-01-01T00:00:00Z' },
      {
        id: tagUri('https://o', 'id/progress-report/2'),
        title: '<script>alert("x")</script>',
        link: 'https://o/komitmen/b?x=1&y=2#laporan',
        updated: '2026-02-01T00:00:00Z',
        author: 'A & B',
        summary: 'Ringkasan <b>tebal</b>\u0001',
        category: { term: 'progress-report', label: 'Laporan "kemajuan"' },
      },
      { id: 'tag:x', title: 'No date', link: 'https://o/', updated: 'not a date' },
    ],
  })

  it('should be an Atom document with escaped text, newest first, updated as of its newest entry', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">')).toBe(true)
    expect(feed).toContain('<title type="text">Lentera &amp; co</title>')
    expect(feed).toContain('<title type="text">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>')
    expect(feed).toContain('href="https://o/komitmen/b?x=1&amp;y=2#laporan"')
    expect(feed).toContain('<name>A &amp; B</name>')
    expect(feed).toContain('<summary type="text">Ringkasan &lt;b&gt;tebal&lt;/b&gt;</summary>')
    expect(feed).toContain('label="Laporan &quot;kemajuan&quot;"')
    expect(feed).not.toContain('<script>')
    expect(feed).not.toContain('No date')
    expect(feed.indexOf('progress-report/2')).toBeLessThan(feed.indexOf('commitment/1'))
    expect(feed).toMatch(/<\/author>\n {2}<generator>Lentera<\/generator>/)
    expect(feed).toContain('  <updated>2026-02-01T00:00:00.000Z</updated>\n  <author>')
    expect(feed).toContain('<id>tag:o,2025:lentera/id/commitment/1</id>')
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://o/feed.xml"/>')
  })

  it('should use the current time when there are no entries', () => {
    const empty = buildAtomFeed({ id: 'i', title: 't', lang: 'en', self: 's', alternate: 'a', author: 'L', now: new Date('2026-03-01T00:00:00Z'), entries: [] })
    expect(empty).toContain('<updated>2026-03-01T00:00:00.000Z</updated>')
    expect(empty).not.toContain('<entry>')
  })
})

describe('sitemap and robots.txt', () => {
  it('should list every page in both languages with hreflang alternates, once', () => {
    const xml = buildSitemapXml('https://o', [{ path: '/' }, { path: '/komitmen/a%26b', lastModified: '2026-01-01T00:00:00Z' }, { path: '/' }])
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml.match(/<url>/g)).toHaveLength(4)
    expect(xml).toContain('<loc>https://o/</loc>')
    expect(xml).toContain('<loc>https://o/en</loc>')
    expect(xml).toContain('<loc>https://o/en/komitmen/a%26b</loc>')
    expect(xml).toContain('<lastmod>2026-01-01T00:00:00.000Z</lastmod>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://o/en/komitmen/a%26b"/>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://o/komitmen/a%26b"/>')
    expect(xml.match(/hreflang="id"/g)).toHaveLength(4)
  })

  it('should point crawlers at the sitemap and keep them out of the admin, the APIs and search results', () => {
    const robots = buildRobotsTxt('https://o')
    expect(robots).toContain('User-agent: *')
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toContain('Disallow: /cari?')
    expect(robots).toContain('Sitemap: https://o/sitemap.xml')
  })
})
