import type { PayloadRequest } from 'payload'

import { COLLECTION } from '../../src/constants'
import { SECTION_KIND_LABEL } from '../../src/domain/sectionTree'
import type { SectionKind } from '../../src/constants'
import { idOf } from '../../src/utilities/idOf'

/** Commitments hang under key interventions only, never under a direction, strategy or focus area. */
export const validateCommitmentSection = async (value: unknown, { req }: { req: PayloadRequest }) => {
  const sectionId = idOf(value)
  if (sectionId === null) {
    return 'Pilih intervensi kunci tempat komitmen ini berada (choose the key intervention this commitment belongs to).'
  }
  const section = await req.payload.findByID({
    collection: COLLECTION.roadmapSections,
    id: sectionId,
    depth: 0,
    req,
    disableErrors: true,
    select: { kind: true, code: true },
  })
  if (!section) return `Bagian peta jalan ${String(sectionId)} tidak ditemukan (roadmap section not found).`
  if (section.kind !== 'intervention') {
    const label = SECTION_KIND_LABEL[section.kind as SectionKind]
    return `Komitmen harus berada di bawah intervensi kunci (section ${section.code} is a ${label.en.toLowerCase()}, ${label.id}).`
  }
  return true
}
