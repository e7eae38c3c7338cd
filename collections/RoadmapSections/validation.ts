import type { PayloadRequest } from 'payload'

import type { SectionKind } from '../../src/constants'
import { COLLECTION, SECTION_KINDS } from '../../src/constants'
import { checkSectionPlacement, findYearsOutsidePeriod, REQUIRED_PARENT_KIND, SECTION_KIND_LABEL } from '../../src/domain/sectionTree'
import { idOf } from '../../src/utilities/idOf'

type ValidateArgs = {
  req: PayloadRequest
  siblingData: Record<string, unknown>
  id?: number | string
}


const isSectionKind = (value: unknown): value is SectionKind =>
  typeof value === 'string' && (SECTION_KINDS as readonly string[]).includes(value)

export const CODE_PATTERN = /^\d+(\.\d+)*$/

export const validateParent = async (value: unknown, { req, siblingData, id }: ValidateArgs) => {
  const kind = siblingData?.kind
  if (!isSectionKind(kind)) return true
  const parentId = idOf(value)
  if (parentId !== null && id !== undefined && String(parentId) === String(id)) {
    return 'Bagian tidak dapat menjadi induk dirinya sendiri (a section cannot be its own parent).'
  }
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: COLLECTION.roadmapSections,
          id: parentId,
          depth: 0,
          req,
          disableErrors: true,
          select: { kind: true, code: true, roadmap: true },
        })
  if (parentId !== null && !parent) {
    return `Bagian induk ${String(parentId)} tidak ditemukan (parent section not found).`
  }
  const placement = checkSectionPlacement({
    kind,
    parent: parent ? { kind: parent.kind as SectionKind, code: parent.code } : null,
  })
  if (placement !== true) return placement
  const roadmapId = idOf(siblingData?.roadmap)
  if (parent && roadmapId !== null && String(idOf(parent.roadmap)) !== String(roadmapId)) {
    return 'Bagian induk harus berasal dari peta jalan yang sama (the parent must belong to the same roadmap).'
  }
  return true
}

/** Changing a section's kind must not strand its children under the wrong kind of parent. */
export const validateKindAgainstChildren = async (value: unknown, { req, id }: ValidateArgs) => {
  if (!isSectionKind(value) || id === undefined) return true
  const { docs: children } = await req.payload.find({
    collection: COLLECTION.roadmapSections,
    where: { parent: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    select: { kind: true, code: true },
  })
  const child = children[0]
  if (child && REQUIRED_PARENT_KIND[child.kind as SectionKind] !== value) {
    const childLabel = SECTION_KIND_LABEL[child.kind as SectionKind]
    return `Jenis tidak dapat diubah: bagian ${child.code} (${childLabel.id}) berada di bawahnya (cannot change the kind: a ${childLabel.en.toLowerCase()} sits under this section).`
  }
  return true
}

export const validateCode = async (value: unknown, { req, siblingData, id }: ValidateArgs) => {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'Kode wajib diisi, mis. 2.1.3 (a code such as 2.1.3 is required).'
  }
  if (!CODE_PATTERN.test(value)) {
    return `Kode "${value}" harus berupa angka yang dipisahkan titik, mis. 2.1.3 (use digits separated by dots).`
  }
  const roadmapId = idOf(siblingData?.roadmap)
  if (roadmapId === null) return true
  const { docs: clashes } = await req.payload.find({
    collection: COLLECTION.roadmapSections,
    where: {
      and: [
        { roadmap: { equals: roadmapId } },
        { code: { equals: value } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    req,
    select: { code: true },
  })
  return clashes.length === 0
    ? true
    : `Kode ${value} sudah dipakai oleh bagian lain di peta jalan ini (code ${value} is already used in this roadmap).`
}

export const validateTargetYears = async (value: unknown, { req, siblingData }: ValidateArgs) => {
  const years = Array.isArray(value) ? value.filter((year): year is number => typeof year === 'number') : []
  if (years.length === 0) return true
  if (years.some((year) => !Number.isInteger(year))) {
    return 'Tahun target harus berupa bilangan bulat (target years must be whole years).'
  }
  const roadmapId = idOf(siblingData?.roadmap)
  if (roadmapId === null) return true
  const roadmap = await req.payload.findByID({
    collection: COLLECTION.roadmaps,
    id: roadmapId,
    depth: 0,
    req,
    disableErrors: true,
    select: { periodStart: true, periodEnd: true },
  })
  if (!roadmap) return true
  const outside = findYearsOutsidePeriod({
    years,
    periodStart: roadmap.periodStart,
    periodEnd: roadmap.periodEnd,
  })
  return outside.length === 0
    ? true
    : `Tahun target ${outside.join(', ')} di luar periode peta jalan ${roadmap.periodStart}–${roadmap.periodEnd} (target years must lie within the roadmap period).`
}
