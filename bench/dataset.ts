/**
 * The benchmark's dataset, generated through Lentera's own REST API as an admin, so every
 * document goes through the same hooks (audit, roll-up, search, cache) as real edits.
 * 1× ≈ 30 organizations, 300 commitments, 3,000 milestones and 1,000 approved progress
 * reports with realistic rich text, on top of the demo roadmap.
 */

export type DatasetSize = { organizations: number; commitments: number; milestonesPerCommitment: number; reports: number }

export const sizeAt = (scale: number): DatasetSize => ({
  organizations: Math.max(1, Math.round(30 * scale)),
  commitments: Math.max(1, Math.round(300 * scale)),
  milestonesPerCommitment: 10,
  reports: Math.max(1, Math.round(1_000 * scale)),
})

const WORDS =
  'perlindungan anak ranah daring literasi digital pelaporan konten platform koordinasi daerah pelatihan tenaga layanan korban penegakan hukum edukasi orang tua sekolah komunitas pemantauan evaluasi kebijakan regulasi industri teknologi keamanan privasi'.split(
    ' ',
  )

/** Deterministic pseudo-random numbers, so that every run loads the same data. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export const sentence = (random: () => number, length: number): string => {
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)])
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** Lexical rich text: a few paragraphs of a few sentences. */
export const richText = (random: () => number, paragraphs: number) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: Array.from({ length: paragraphs }, () => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', text: Array.from({ length: 3 }, () => sentence(random, 12)).join(' '), format: 0, mode: 'normal', style: '', detail: 0, version: 1 }],
    })),
  },
})

type Client = { post: (path: string, body: unknown) => Promise<{ id: number }> ; get: <T>(path: string) => Promise<T> }

/** Runs `task` for every index with at most `concurrency` in flight. */
export const inParallel = async (count: number, concurrency: number, task: (index: number) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next
        next += 1
        await task(index)
      }
    }),
  )
}

const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'missed'] as const
const COMMITMENT_STATUSES = ['not-started', 'on-track', 'at-risk', 'delayed', 'completed'] as const

export const loadDataset = async ({ client, scale, concurrency = 8 }: { client: Client; scale: number; concurrency?: number }) => {
  const size = sizeAt(scale)
  const random = seededRandom(87_2025)
  const runTag = Date.now().toString(36)

  const existing = await client.get<{ docs: { id: number }[] }>('/organizations?limit=1000&depth=0&select[id]=true')
  const organizationIds = existing.docs.map((doc) => doc.id)
  await inParallel(Math.max(0, size.organizations - organizationIds.length), concurrency, async (index) => {
    const created = await client.post('/organizations', {
      name: `Lembaga Uji Beban ${index + 1}`,
      slug: `lembaga-uji-${runTag}-${index + 1}`,
      kind: 'agency',
      description: richText(random, 2),
    })
    organizationIds.push(created.id)
  })

  const sections = await client.get<{ docs: { id: number; kind: string }[] }>('/roadmap-sections?limit=1000&depth=0&where[kind][equals]=intervention&select[kind]=true')
  const interventionIds = sections.docs.map((doc) => doc.id)
  if (interventionIds.length === 0) throw new Error('The benchmark needs the demo roadmap (start with SEED_DEMO=true).')

  const commitmentIds: number[] = []
  await inParallel(size.commitments, concurrency, async (index) => {
    const created = await client.post('/commitments', {
      title: `Komitmen uji beban ${index + 1}: ${sentence(random, 6)}`,
      slug: `komitmen-uji-${runTag}-${index + 1}`,
      organization: organizationIds[index % organizationIds.length],
      section: interventionIds[index % interventionIds.length],
      role: 'implementer',
      status: COMMITMENT_STATUSES[index % COMMITMENT_STATUSES.length],
      description: richText(random, 3),
      indicator: { name: sentence(random, 5), unit: 'kegiatan', baseline: 0, target: 10 + (index % 90) },
      startDate: '2025-01-01T00:00:00.000Z',
      dueDate: `${2026 + (index % 4)}-12-31T00:00:00.000Z`,
      mnrCapabilities: [String(1 + (index % 21))],
      _status: 'published',
    })
    commitmentIds.push(created.id)
  })

  await inParallel(size.commitments * size.milestonesPerCommitment, concurrency, async (index) => {
    const commitment = commitmentIds[Math.floor(index / size.milestonesPerCommitment)]
    await client.post('/milestones', {
      commitment,
      title: `Tonggak ${index + 1}: ${sentence(random, 5)}`,
      status: MILESTONE_STATUSES[index % MILESTONE_STATUSES.length],
      dueDate: `${2025 + (index % 5)}-${String(1 + (index % 12)).padStart(2, '0')}-15T00:00:00.000Z`,
      weight: 1 + (index % 3),
      _status: 'published',
    })
  })

  await inParallel(size.reports, concurrency, async (index) => {
    await client.post('/progress-reports', {
      commitment: commitmentIds[index % commitmentIds.length],
      periodStart: `${2025 + (index % 3)}-01-01T00:00:00.000Z`,
      periodEnd: `${2025 + (index % 3)}-06-30T00:00:00.000Z`,
      periodLabel: `${2025 + (index % 3)} Semester 1 (${index + 1})`,
      summary: richText(random, 4),
      indicatorValue: index % 50,
      reviewStatus: 'approved',
    })
  })

  return { size, commitmentIds, organizationIds }
}
