import {
  SEARCH_MAX_LENGTH,
  clampLimit,
  firstParam,
  highlight,
  matchRanges,
  normalizeSearchQuery,
  prefixTsQuery,
  searchResultPath,
  searchResultUrl,
  searchTerms,
  snippetAround,
  titleScore,
  usesWebsearchSyntax,
} from '../../src/search/searchText'

describe('normalizeSearchQuery', () => {
  it('should return an empty string for empty, blank and non-string input', () => {
    expect(normalizeSearchQuery('')).toBe('')
    expect(normalizeSearchQuery('   \t\n ')).toBe('')
    expect(normalizeSearchQuery(undefined)).toBe('')
    expect(normalizeSearchQuery(['anak'])).toBe('')
    expect(normalizeSearchQuery(42)).toBe('')
  })

  it('should collapse whitespace and turn control and invisible characters into spaces', () => {
    expect(normalizeSearchQuery('  pelindungan\u0000anak\u200B\r\n daring  ')).toBe('pelindungan anak daring')
  })

  it('should cut long queries to the maximum length without splitting a character', () => {
    const long = 'a'.repeat(SEARCH_MAX_LENGTH - 1) + '😀😀😀'
    const cut = normalizeSearchQuery(long)
    expect(Array.from(cut)).toHaveLength(SEARCH_MAX_LENGTH)
    expect(cut.endsWith('😀')).toBe(true)
    expect(normalizeSearchQuery('x'.repeat(10_000))).toHaveLength(SEARCH_MAX_LENGTH)
  })

  it('should keep markup and SQL as plain text (it is escaped where it is shown and bound where it is queried)', () => {
    expect(normalizeSearchQuery(`<script>alert(1)</script>' OR 1=1 --`)).toBe(`<script>alert(1)</script>' OR 1=1 --`)
  })
})

describe('firstParam', () => {
  it('should take the first of repeated parameters', () => {
    expect(firstParam(['a', 'b'])).toBe('a')
    expect(firstParam('a')).toBe('a')
    expect(firstParam(undefined)).toBe('')
    expect(firstParam([])).toBe('')
  })
})

describe('searchTerms', () => {
  it('should lower-case and de-duplicate words, keep dotted codes whole and skip excluded words and or', () => {
    expect(searchTerms('Anak anak "ranah daring" -pornografi OR 2.1.3 KPAI')).toEqual(['anak', 'ranah', 'daring', '2.1.3', 'kpai'])
  })

  it('should drop punctuation', () => {
    expect(searchTerms(`'; drop table users; --`)).toEqual(['drop', 'table', 'users'])
    expect(searchTerms('!!! ??')).toEqual([])
  })
})

describe('prefixTsQuery', () => {
  it('should require every word as a prefix', () => {
    expect(prefixTsQuery('perlin anak')).toBe(`'perlin':* & 'anak':*`)
    expect(prefixTsQuery('2.1')).toBe(`'2.1':*`)
  })

  it('should never let quotes, backslashes or operators into the query text', () => {
    const built = prefixTsQuery(`a'b\\c & d | !e :* (f)`)
    expect(built).toBe(`'a':* & 'b':* & 'c':* & 'd':* & 'e':* & 'f':*`)
  })

  it('should leave websearch syntax to websearch_to_tsquery and give nothing for no words', () => {
    expect(usesWebsearchSyntax('"ranah daring"')).toBe(true)
    expect(usesWebsearchSyntax('anak -daring')).toBe(true)
    expect(usesWebsearchSyntax('anak or remaja')).toBe(true)
    expect(usesWebsearchSyntax('e-commerce')).toBe(false)
    expect(prefixTsQuery('"ranah daring"')).toBeNull()
    expect(prefixTsQuery('anak -daring')).toBeNull()
    expect(prefixTsQuery('... ---')).toBeNull()
  })
})

describe('highlight', () => {
  it('should mark matches at the start of words, case-insensitively', () => {
    expect(highlight('Pelindungan Anak di Ranah Daring', ['anak', 'ranah'])).toEqual([
      { text: 'Pelindungan ', match: false },
      { text: 'Anak', match: true },
      { text: ' di ', match: false },
      { text: 'Ranah', match: true },
      { text: ' Daring', match: false },
    ])
  })

  it('should mark prefixes and not the middle of words', () => {
    expect(highlight('Komitmen kominfo', ['kom'])).toEqual([
      { text: 'Kom', match: true },
      { text: 'itmen ', match: false },
      { text: 'kom', match: true },
      { text: 'info', match: false },
    ])
    expect(highlight('perlindungan', ['lindung'])).toEqual([{ text: 'perlindungan', match: false }])
  })

  it('should treat terms as text, not as patterns', () => {
    expect(matchRanges('a.b (c)', ['(c)', '.*'])).toEqual([[4, 7]])
    expect(highlight('', ['x'])).toEqual([{ text: '', match: false }])
  })

  it('should merge overlapping matches', () => {
    expect(matchRanges('anaknya', ['anak', 'anaknya'])).toEqual([[0, 7]])
  })
})

describe('snippetAround', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Pelindungan anak di ranah daring adalah tujuan. ${'Sed do eiusmod tempor. '.repeat(20)}`

  it('should excerpt around the first match with ellipses where text was left out', () => {
    const snippet = snippetAround(text, ['pelindungan'], 120) ?? ''
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('Pelindungan anak')
    expect(snippet.length).toBeLessThanOrEqual(122)
  })

  it('should give the beginning when nothing matches, the whole of a short text, and null for none', () => {
    expect(snippetAround(text, ['zzz'], 50)?.startsWith('Lorem ipsum')).toBe(true)
    expect(snippetAround('  Pendek   saja. ', ['x'])).toBe('Pendek saja.')
    expect(snippetAround('', ['x'])).toBeNull()
  })
})

describe('titleScore', () => {
  it('should rank the whole phrase above scattered words', () => {
    const terms = searchTerms('ranah daring')
    expect(titleScore('Pelindungan anak di ranah daring', 'ranah daring', terms)).toBeGreaterThan(titleScore('Daring dan ranah', 'ranah daring', terms))
    expect(titleScore('Lain', 'ranah daring', terms)).toBe(0)
  })
})

describe('result addresses', () => {
  it('should build the page of each kind, encoded, in each language', () => {
    expect(searchResultPath('section', '2.1.3')).toBe('/peta-jalan/2.1.3')
    expect(searchResultPath('commitment', 'satu dua')).toBe('/komitmen/satu%20dua')
    expect(searchResultPath('organization', 'kpai/../x')).toBe('/mitra/kpai%2F..%2Fx')
    expect(searchResultUrl('id', 'organization', 'kpai')).toBe('/mitra/kpai')
    expect(searchResultUrl('en', 'commitment', 'abc')).toBe('/en/komitmen/abc')
  })
})

describe('clampLimit', () => {
  it('should keep limits within 1–50 with 20 by default', () => {
    expect(clampLimit(undefined)).toBe(20)
    expect(clampLimit(null)).toBe(20)
    expect(clampLimit(0)).toBe(1)
    expect(clampLimit(1000)).toBe(50)
    expect(clampLimit(7.9)).toBe(7)
    expect(clampLimit(Number.NaN)).toBe(20)
  })
})
