import { diffWords, differsInWords, richTextToPlainText, sideOf, textOf, tokenize } from '../../src/domain/textDiff'
import type { DiffSegment } from '../../src/domain/textDiff'

const changes = (segments: DiffSegment[]) => segments.filter((segment) => segment.kind !== 'same')

/** Every diff must read back into both of its inputs. */
const expectFaithful = (before: string, after: string, segments = diffWords(before, after)) => {
  expect(textOf(segments, 'before')).toBe(before)
  expect(textOf(segments, 'after')).toBe(after)
  for (let index = 1; index < segments.length; index += 1) {
    expect(segments[index].kind === segments[index - 1].kind).toBe(false)
    expect(segments[index].text).not.toBe('')
  }
  return segments
}

/** A deterministic pseudo-random word list (no Math.random, so failures reproduce). */
const words = (count: number, seed = 1) => {
  let state = seed
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state
  }
  const vocabulary = ['anak', 'pelindungan', 'daring', 'ranah', 'strategi', 'lembaga', 'laporan', 'data', 'literasi', 'digital', 'keluarga', 'sekolah']
  return Array.from({ length: count }, () => vocabulary[(next() >>> 8) % vocabulary.length])
}

describe('tokenize', () => {
  it('should split words, whitespace runs and punctuation, and join back to the text', () => {
    expect(tokenize('Pelindungan anak,  daring.')).toEqual(['Pelindungan', ' ', 'anak', ',', '  ', 'daring', '.'])
    const text = 'Perpres No. 87/2025 — “Ranah Daring”\n\nbaris dua'
    expect(tokenize(text).join('')).toBe(text)
    expect(tokenize('')).toEqual([])
  })
})

describe('diffWords', () => {
  it('should mark a replaced word as deleted then inserted, keeping the rest', () => {
    expect(diffWords('Perlindungan anak di ranah daring', 'Pelindungan anak di ranah daring')).toEqual([
      { kind: 'deleted', text: 'Perlindungan' },
      { kind: 'inserted', text: 'Pelindungan' },
      { kind: 'same', text: ' anak di ranah daring' },
    ])
  })

  it('should mark insertions and deletions in the middle of a text', () => {
    expect(diffWords('literasi digital bagi anak', 'literasi digital bagi anak dan keluarga')).toEqual([
      { kind: 'same', text: 'literasi digital bagi anak' },
      { kind: 'inserted', text: ' dan keluarga' },
    ])
    expect(diffWords('data anak yang dipilah dan lengkap', 'data anak yang lengkap')).toEqual([
      { kind: 'same', text: 'data anak yang ' },
      { kind: 'deleted', text: 'dipilah dan ' },
      { kind: 'same', text: 'lengkap' },
    ])
  })

  it('should show a rewritten phrase as one deletion and one insertion, not word-sized pieces', () => {
    const segments = expectFaithful('Kementerian menyusun pedoman nasional tahun ini.', 'Kementerian menetapkan standar teknis tahun ini.')
    expect(changes(segments)).toEqual([
      { kind: 'deleted', text: 'menyusun pedoman nasional' },
      { kind: 'inserted', text: 'menetapkan standar teknis' },
    ])
  })

  it('should find the changes in several places at once', () => {
    const before = 'Satu dua tiga empat lima enam tujuh.'
    const after = 'Satu DUA tiga empat lima tujuh delapan.'
    const segments = expectFaithful(before, after)
    expect(changes(segments)).toEqual([
      { kind: 'deleted', text: 'dua' },
      { kind: 'inserted', text: 'DUA' },
      { kind: 'deleted', text: 'enam ' },
      { kind: 'inserted', text: ' delapan' },
    ])
  })

  it('should handle empty and missing inputs', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords(null, undefined)).toEqual([])
    expect(diffWords('', 'baru')).toEqual([{ kind: 'inserted', text: 'baru' }])
    expect(diffWords('lama', null)).toEqual([{ kind: 'deleted', text: 'lama' }])
    expect(diffWords('sama saja', 'sama saja')).toEqual([{ kind: 'same', text: 'sama saja' }])
  })

  it('should keep paragraphs (line breaks) in the text', () => {
    const before = 'Paragraf pertama.\nParagraf kedua tentang data.'
    const after = 'Paragraf pertama.\nParagraf kedua tentang data anak.\nParagraf ketiga.'
    const segments = expectFaithful(before, after)
    expect(changes(segments)).toEqual([{ kind: 'inserted', text: ' anak.\nParagraf ketiga' }])
  })

  it('should give each side its own segments', () => {
    const segments = diffWords('a b c', 'a x c')
    expect(sideOf(segments, 'before').map((segment) => segment.kind)).toEqual(['same', 'deleted', 'same'])
    expect(sideOf(segments, 'after').map((segment) => segment.kind)).toEqual(['same', 'inserted', 'same'])
  })

  it('should read back into both texts for many random edits', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const base = words(60, seed)
      const edited = [...base]
      const noise = words(10, seed + 1000)
      edited.splice(seed % 50, 3, ...noise.slice(0, seed % 4))
      edited.splice((seed * 7) % 40, 0, ...noise.slice(4, 4 + (seed % 5)))
      expectFaithful(base.join(' '), edited.join(' '))
    }
  })

  it('should stay fast and word-level for a few thousand words with scattered edits', () => {
    const base = words(4_000, 7)
    const edited = base.map((word, index) => (index % 97 === 0 ? word.toUpperCase() : word))
    const started = Date.now()
    const segments = expectFaithful(base.join(' '), edited.join(' '))
    expect(Date.now() - started).toBeLessThan(2_000)
    const deletions = segments.filter((segment) => segment.kind === 'deleted')
    expect(deletions.length).toBe(Math.ceil(4_000 / 97))
    expect(deletions.every((segment) => !segment.text.includes(' '))).toBe(true)
  })

  /** Words no other text here uses, so a paragraph of them shares nothing but spaces. */
  const numbered = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ')

  it('should fall back to replacing whole paragraphs when too much differs, keeping unchanged paragraphs', () => {
    const before = ['Paragraf tetap satu.', numbered('lama', 40), 'Paragraf tetap tengah.', numbered('usang', 30), 'Paragraf tetap akhir.'].join('\n')
    const after = ['Paragraf tetap satu.', numbered('baru', 40), 'Paragraf tetap tengah.', numbered('segar', 30), 'Paragraf tetap akhir.'].join('\n')
    const segments = expectFaithful(before, after, diffWords(before, after, { maxEdits: 5 }))
    expect(segments).toEqual([
      { kind: 'same', text: 'Paragraf tetap satu.\n' },
      { kind: 'deleted', text: `${numbered('lama', 40)}\n` },
      { kind: 'inserted', text: `${numbered('baru', 40)}\n` },
      { kind: 'same', text: 'Paragraf tetap tengah.\n' },
      { kind: 'deleted', text: numbered('usang', 30) },
      { kind: 'inserted', text: numbered('segar', 30) },
      { kind: 'same', text: '\nParagraf tetap akhir.' },
    ])
    // Without the limit, the same texts are compared word by word: the line break is shared text.
    expect(changes(diffWords(before, after))[0]).toEqual({ kind: 'deleted', text: numbered('lama', 40) })
  })

  it('should replace the whole differing middle when even paragraphs differ too much', () => {
    const before = 'awal sama\nsatu\ndua\ntiga\nakhir sama'
    const after = 'awal sama\nempat\nlima\nenam\nakhir sama'
    const segments = expectFaithful(before, after, diffWords(before, after, { maxEdits: 2 }))
    expect(segments).toEqual([
      { kind: 'same', text: 'awal sama\n' },
      { kind: 'deleted', text: 'satu\ndua\ntiga' },
      { kind: 'inserted', text: 'empat\nlima\nenam' },
      { kind: 'same', text: '\nakhir sama' },
    ])
  })

  it('should give up on word-level comparison quickly for long texts that share nothing', () => {
    const before = numbered('lama', 5_000)
    const after = numbered('baru', 5_000)
    const started = Date.now()
    const segments = expectFaithful(before, after)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(segments.map((segment) => segment.kind)).toEqual(['deleted', 'inserted'])
  })

  it('should compare by paragraph when the differing part is longer than the token limit', () => {
    const before = `awal\n${numbered('lama', 30)}\nsama`
    const after = `awal\n${numbered('baru', 30)}\nsama`
    const segments = expectFaithful(before, after, diffWords(before, after, { maxTokens: 10 }))
    expect(changes(segments)).toEqual([
      { kind: 'deleted', text: numbered('lama', 30) },
      { kind: 'inserted', text: numbered('baru', 30) },
    ])
    expect(changes(diffWords(before, after)).length).toBe(2)
  })
})

describe('differsInWords', () => {
  it('should ignore differences in whitespace only', () => {
    expect(differsInWords('a  b\n', 'a b')).toBe(false)
    expect(differsInWords(null, '')).toBe(false)
    expect(differsInWords('a b', 'a c')).toBe(true)
  })
})

describe('richTextToPlainText', () => {
  const text = (value: string) => ({ type: 'text', text: value })
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })

  it('should put each block on its own line, including list items and headings', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Judul')] },
          paragraph(text('Satu '), { type: 'link', children: [text('tautan')] }, text(' dua.')),
          paragraph(),
          { type: 'list', children: [{ type: 'listitem', children: [text('butir a')] }, { type: 'listitem', children: [text('butir b')] }] },
          paragraph(text('baris'), { type: 'linebreak' }, text('berikutnya')),
          { type: 'upload', value: 1 },
        ],
      },
    }
    expect(richTextToPlainText(value)).toBe('Judul\nSatu tautan dua.\nbutir a\nbutir b\nbaris\nberikutnya')
  })

  it('should give an empty text for nothing', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText(undefined)).toBe('')
    expect(richTextToPlainText({ root: { type: 'root', children: [] } })).toBe('')
  })
})
