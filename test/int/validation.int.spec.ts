import type { Payload } from 'payload'
import sharp from 'sharp'

import { COLLECTION } from '../../src/constants'
import { rest, login } from '../helpers/apiClient'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let staffToken: string
const password = 'kata-sandi-uji-123'

/** The messages Payload returns for a ValidationError, whichever API was used. */
const messagesOf = (error: unknown): string[] => {
  const data = (error as { data?: { errors?: { message: string }[] } }).data
  return (data?.errors ?? []).map((entry) => entry.message)
}

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  const email = `${uniqueName('staf')}@example.org`
  await payload.create({
    collection: COLLECTION.users,
    data: { email, password, name: 'Staf Uji', roles: ['secretariat'] },
  })
  staffToken = await login(email, password)
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('roadmap-sections validation', () => {
  it('should refuse an intervention placed directly under a strategy, with a message naming both', async () => {
    const attempt = payload.create({
      collection: COLLECTION.roadmapSections,
      data: {
        roadmap: tree.roadmap.id,
        kind: 'intervention',
        code: '1.1.9',
        parent: tree.strategy.id,
        title: 'Salah tempat',
        _status: 'published',
      },
    })
    await expect(attempt).rejects.toThrow()
    const messages = messagesOf(await attempt.catch((error: unknown) => error))
    expect(messages.join(' ')).toContain('Intervensi Kunci harus berada di bawah Fokus Strategi')
    expect(messages.join(' ')).toContain('section 1.1 is a strategy')
  })

  it('should answer a bad nesting over REST with 400 and the message, never 500', async () => {
    const { status, json } = await rest('POST', `/${COLLECTION.roadmapSections}`, {
      token: staffToken,
      body: { roadmap: tree.roadmap.id, kind: 'strategy', code: '9', title: 'Tanpa induk', _status: 'published' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Strategi harus berada di bawah Arah Kebijakan')
  })

  it('should refuse a code already used in the same roadmap but allow it in another roadmap', async () => {
    const clash = payload.create({
      collection: COLLECTION.roadmapSections,
      data: { roadmap: tree.roadmap.id, kind: 'direction', code: '1', title: 'Kode kembar', _status: 'published' },
    })
    await expect(clash).rejects.toThrow()
    expect(messagesOf(await clash.catch((error: unknown) => error)).join(' ')).toContain('Kode 1 sudah dipakai')

    const otherTree = await createRoadmapTree(payload)
    expect(otherTree.direction.code).toBe('1')
  })

  it('should refuse target years outside the roadmap period and name them', async () => {
    const attempt = payload.create({
      collection: COLLECTION.roadmapSections,
      data: {
        roadmap: tree.roadmap.id,
        kind: 'intervention',
        code: '1.1.1.2',
        parent: tree.focus.id,
        title: 'Di luar periode',
        targetYears: [2026, 2031],
        _status: 'published',
      },
    })
    await expect(attempt).rejects.toThrow()
    expect(messagesOf(await attempt.catch((error: unknown) => error)).join(' ')).toContain('Tahun target 2031 di luar periode peta jalan 2025–2029')
  })

  it('should refuse changing a section’s kind when that strands its children', async () => {
    const attempt = payload.update({
      collection: COLLECTION.roadmapSections,
      id: tree.strategy.id,
      data: { kind: 'focus', _status: 'published' },
    })
    await expect(attempt).rejects.toThrow()
    expect(messagesOf(await attempt.catch((error: unknown) => error)).join(' ')).toContain('Jenis tidak dapat diubah')
  })
})

describe('commitments validation', () => {
  it('should refuse a commitment under a section that is not a key intervention', async () => {
    const attempt = payload.create({
      collection: COLLECTION.commitments,
      data: {
        title: 'Komitmen salah tempat',
        slug: uniqueName('salah'),
        organization: tree.organization.id,
        section: tree.focus.id,
        role: 'implementer',
        status: 'on-track',
        _status: 'published',
      },
    })
    await expect(attempt).rejects.toThrow()
    expect(messagesOf(await attempt.catch((error: unknown) => error)).join(' ')).toContain(
      'Komitmen harus berada di bawah intervensi kunci (section 1.1.1 is a focus area',
    )
  })

  it('should refuse a due date before the start date', async () => {
    const { status, json } = await rest('POST', `/${COLLECTION.commitments}`, {
      token: staffToken,
      body: {
        title: 'Tanggal terbalik',
        slug: uniqueName('terbalik'),
        organization: tree.organization.id,
        section: tree.intervention.id,
        role: 'implementer',
        status: 'on-track',
        startDate: '2026-06-01',
        dueDate: '2026-01-01',
        _status: 'published',
      },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Tenggat tidak boleh sebelum tanggal mulai')
  })
})

describe('milestones validation', () => {
  it.each([0, -2])('should refuse weight %p with a clear message', async (weight) => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const { status, json } = await rest('POST', `/${COLLECTION.milestones}`, {
      token: staffToken,
      body: { commitment: commitment.id, title: 'Bobot salah', status: 'planned', weight, _status: 'published' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Bobot harus lebih besar dari 0')
  })

  it('should refuse an evidence link that is not an http(s) URL', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const { status, json } = await rest('POST', `/${COLLECTION.milestones}`, {
      token: staffToken,
      body: {
        commitment: commitment.id,
        title: 'Bukti salah',
        status: 'done',
        evidence: [{ url: 'javascript:alert(1)' }],
        _status: 'published',
      },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Tautan harus berupa alamat http(s) lengkap')
  })
})

describe('media uploads', () => {
  const upload = async (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
    const formData = new FormData()
    formData.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    formData.append('_payload', JSON.stringify({ alt: 'uji' }))
    return rest('POST', `/${COLLECTION.media}`, { token: staffToken, formData })
  }

  it('should accept a real PNG', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0b5cad' } }).png().toBuffer(),
    )
    const { status, json } = await upload(png, `${uniqueName('logo')}.png`, 'image/png')
    expect(status).toBe(201)
    expect(json.doc.mimeType).toBe('image/png')
  })

  it('should refuse a script disguised as a PDF, checked by content', async () => {
    const script = new TextEncoder().encode('<script>alert("bukan pdf")</script>')
    const { status, json } = await upload(script, `${uniqueName('laporan')}.pdf`, 'application/pdf')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/not allowed|bukan PDF, PNG, JPEG atau WebP/)
  })

  it('should refuse a file over 20 MB with 413', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 10)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    const { status, json } = await upload(big, `${uniqueName('besar')}.pdf`, 'application/pdf')
    expect(status).toBe(413)
    expect(JSON.stringify(json)).toContain('Berkas melebihi batas 20 MB')
  })
})
