import type { SectionKind } from '../constants'

/** Which kind of section each kind must sit under: Arah Kebijakan → Strategi → Fokus → Intervensi Kunci. */
export const REQUIRED_PARENT_KIND: Record<SectionKind, SectionKind | null> = {
  direction: null,
  strategy: 'direction',
  focus: 'strategy',
  intervention: 'focus',
}

export const SECTION_KIND_LABEL: Record<SectionKind, { id: string; en: string }> = {
  direction: { id: 'Arah Kebijakan', en: 'Policy direction' },
  strategy: { id: 'Strategi', en: 'Strategy' },
  focus: { id: 'Fokus Strategi', en: 'Focus area' },
  intervention: { id: 'Intervensi Kunci', en: 'Key intervention' },
}

type ParentForRule = { kind: SectionKind; code?: string | null; roadmap?: unknown } | null

/**
 * Checks the tree rule for one section. Returns `true` or a message that tells the editor
 * what to do, in Indonesian first with the English after it.
 */
export const checkSectionPlacement = ({
  kind,
  parent,
}: {
  kind: SectionKind
  parent: ParentForRule
}): true | string => {
  const requiredParentKind = REQUIRED_PARENT_KIND[kind]
  const kindLabel = SECTION_KIND_LABEL[kind]
  if (requiredParentKind === null) {
    return parent === null
      ? true
      : `${kindLabel.id} harus berada di tingkat teratas, tanpa induk (a policy direction has no parent).`
  }
  const requiredLabel = SECTION_KIND_LABEL[requiredParentKind]
  if (parent === null) {
    return `${kindLabel.id} harus berada di bawah ${requiredLabel.id} (a ${kindLabel.en.toLowerCase()} needs a ${requiredLabel.en.toLowerCase()} as parent).`
  }
  if (parent.kind !== requiredParentKind) {
    const parentLabel = SECTION_KIND_LABEL[parent.kind]
    const parentName = parent.code ? ` ${parent.code}` : ''
    return `${kindLabel.id} harus berada di bawah ${requiredLabel.id}, bukan di bawah ${parentLabel.id}${parentName} (a ${kindLabel.en.toLowerCase()} must sit under a ${requiredLabel.en.toLowerCase()}; section${parentName} is a ${parentLabel.en.toLowerCase()}).`
  }
  return true
}

/** A target year must lie inside the roadmap's period. */
export const findYearsOutsidePeriod = ({
  years,
  periodStart,
  periodEnd,
}: {
  years: number[]
  periodStart: number
  periodEnd: number
}): number[] => years.filter((year) => year < periodStart || year > periodEnd)
