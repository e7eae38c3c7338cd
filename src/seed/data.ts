/**
 * Demo and seed data for Lentera.
 *
 * Every fact here comes from /work/shared/domain/FACTS.md. Whatever FACTS.md does not
 * give (statuses, dates, milestone titles, progress, the wording of focus areas and key
 * interventions) is illustrative and carries `isIllustrative: true`, so that the public
 * site can show its "Data contoh / demo data" notice and never pass it off as official.
 *
 * Indonesian (`id`) is the primary language; English (`en`) is the translation. Rich
 * text is given as paragraphs per locale.
 */
import type {
  COMMITMENT_ROLES,
  COMMITMENT_STATUSES,
  COMPLETION_LEVELS,
  INDICATOR_DIRECTIONS,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  REVIEW_STATUSES,
  ROADMAP_STATUSES,
  Role,
  SectionKind,
} from '../constants'

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

export type LocalizedText = { id: string; en: string }
export type LocalizedParagraphs = { id: string[]; en: string[] }

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number]
export type CommitmentRole = (typeof COMMITMENT_ROLES)[number]
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number]
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]
/** A WeProtect Model National Response capability number, 1–21. */
export type MnrCapability =
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11
  | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21
export type RoadmapYear = 2025 | 2026 | 2027 | 2028 | 2029
/** An ISO date, YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`

// A closed union, so that a misspelt organisation reference fails to compile.
export type OrganizationSlug =
  | 'ecpat-indonesia'
  | 'ecpat-international'
  | 'kemenpppa'
  | 'komdigi'
  | 'kemendagri'
  | 'unicef-indonesia'
  | 'iwf'
  | 'meta'
  | 'youtube'
  | 'tiktok'
  | 'the-body-shop'
  | 'iom'
  | 'kindernothilfe'
  | 'uptd-ppa'
  | 'id-cop'
  | 'siberkreasi'
  | 'kpai'
  | 'polri'

export type SeedOrganization = {
  slug: OrganizationSlug
  acronym: string
  name: LocalizedText
  kind: OrganizationKind
  website?: string
  description: LocalizedParagraphs
  sources: string[]
}

export type SeedRoadmap = {
  slug: string
  title: LocalizedText
  periodStart: number
  periodEnd: number
  legalBasis: string
  status: RoadmapStatus
  promulgatedOn: IsoDate
  summary: LocalizedParagraphs
}

type SeedSectionBase = {
  code: string
  title: LocalizedText
  body: LocalizedParagraphs
  /** Position among siblings, starting at 1. */
  order: number
  isIllustrative: boolean
  /** Which parts are invented when only part of the record is, e.g. a strategy's placement. */
  illustrativeFields?: string[]
}

export type SeedDirectionSection = SeedSectionBase & {
  kind: Extract<SectionKind, 'direction'>
  parentCode: null
}

export type SeedStrategyOrFocusSection = SeedSectionBase & {
  kind: Extract<SectionKind, 'strategy' | 'focus'>
  parentCode: string
}

export type SeedInterventionSection = SeedSectionBase & {
  kind: Extract<SectionKind, 'intervention'>
  parentCode: string
  /** Keluaran. */
  outputs: LocalizedParagraphs
  targetYears: RoadmapYear[]
  leadAgency: OrganizationSlug
  relatedAgencies: OrganizationSlug[]
  mnrCapabilities: MnrCapability[]
}

export type SeedSection = SeedDirectionSection | SeedStrategyOrFocusSection | SeedInterventionSection

export type SeedEvidenceLink = { url: string; description: LocalizedText }

export type SeedMilestone = {
  title: LocalizedText
  dueDate: IsoDate
  completedDate?: IsoDate
  status: MilestoneStatus
  /** Share of the commitment's progress; positive, 1 unless a milestone is larger. */
  weight: number
  evidenceLinks?: SeedEvidenceLink[]
  isIllustrative: boolean
}

export type SeedCommitmentIndicator = {
  name: LocalizedText
  unit: string
  baseline?: number
  target?: number
  /** Where the baseline comes from, or that a value is illustrative. */
  note?: LocalizedText
}

export type SeedCommitment = {
  slug: string
  title: LocalizedText
  organization: OrganizationSlug
  /** Code of the key intervention (intervensi kunci) the commitment hangs under. */
  sectionCode: string
  role: CommitmentRole
  description: LocalizedParagraphs
  indicator: SeedCommitmentIndicator
  startDate: IsoDate
  dueDate: IsoDate
  status: CommitmentStatus
  completion: CompletionLevel
  mnrCapabilities: MnrCapability[]
  isIllustrative: boolean
  /** Field paths whose values are invented for the demo. */
  illustrativeFields: string[]
  milestones: SeedMilestone[]
}

export type SeedProgressReport = {
  commitmentSlug: string
  periodStart: IsoDate
  periodEnd: IsoDate
  periodLabel: string
  summary: LocalizedParagraphs
  indicatorValue?: number
  reviewStatus: ReviewStatus
  isIllustrative: boolean
}

export type SeedIndicatorValue = {
  periodLabel: string
  /** null when the source gives no period (e.g. "up to 99 %"). */
  year: number | null
  value: number
  source: string
  note?: LocalizedText
}

export type SeedIndicator = {
  code: string
  name: LocalizedText
  unit: string
  direction: IndicatorDirection
  description: LocalizedText
  source: { name: string; url?: string }
  baseline?: { year: number; value: number }
  target?: { year: number; value: number }
  values: SeedIndicatorValue[]
}

export type SeedSiteSettings = {
  title: LocalizedText
  tagline: LocalizedText
  about: LocalizedParagraphs
  contactEmail: string
}

export type SeedUser = {
  email: string
  name: string
  roles: Role[]
  organization?: OrganizationSlug
}

// ---------------------------------------------------------------------------------------
// Organisations (FACTS.md §2, plus Kemendagri from §1)
// ---------------------------------------------------------------------------------------

const JOM = '[JOM]'
const NEWS_PERPRES = 'news coverage of Perpres 87/2025'

export const seedOrganizations: SeedOrganization[] = [
  {
    slug: 'ecpat-indonesia',
    acronym: 'ECPAT',
    name: { id: 'ECPAT Indonesia', en: 'ECPAT Indonesia' },
    kind: 'ngo',
    website: 'https://ecpatindonesia.org',
    description: {
      id: [
        'ECPAT Indonesia berawal dari KONAS ESA (Koalisi Nasional Eksploitasi Seksual Anak) yang dibentuk pada tahun 2000 oleh 22 organisasi di 11 provinsi. Koalisi ini bergabung dengan jaringan ECPAT pada 2005 dan menjadi anggota penuh pada 2012.',
        'ECPAT Indonesia berkantor pusat di Jakarta dan memiliki 17 organisasi anggota.',
        'Bersama KemenPPPA, ECPAT Indonesia menyusun Draft Rancangan Peraturan Peta Jalan Perlindungan Anak di Ranah Daring. Programnya antara lain AMAN (Aku Muda Aku Nyaman) bersama Meta, portal pelaporan IWF–ECPAT Indonesia, Desa Bebas Pornografi bersama KemenPPPA, survei data dasar OCSEA 2023 bersama UNICEF dan ID-COP, serta layanan pemulihan psikososial bersama UPTD PPA dengan dukungan Kindernothilfe.',
      ],
      en: [
        'ECPAT Indonesia began as KONAS ESA (Koalisi Nasional Eksploitasi Seksual Anak, a national coalition on the sexual exploitation of children), formed in 2000 by 22 organisations in 11 provinces. The coalition joined the ECPAT network in 2005 and became a full member in 2012.',
        'ECPAT Indonesia has its head office in Jakarta and 17 member organisations.',
        'With KemenPPPA, ECPAT Indonesia drafted the Draft Regulation on the Roadmap for the Protection of Children Online. Its programmes include AMAN (Aku Muda Aku Nyaman) with Meta, the IWF–ECPAT Indonesia reporting portal, Desa Bebas Pornografi with KemenPPPA, the 2023 OCSEA baseline survey with UNICEF and ID-COP, and psychosocial recovery services with UPTD PPA, supported by Kindernothilfe.',
      ],
    },
    sources: [JOM, 'ECPAT Indonesia year-end note 2023', 'ECPAT annual report 2022'],
  },
  {
    slug: 'ecpat-international',
    acronym: 'ECPAT',
    name: { id: 'ECPAT International', en: 'ECPAT International' },
    kind: 'ngo',
    website: 'https://ecpat.org',
    description: {
      id: [
        'ECPAT International didirikan pada tahun 1990 di Chiang Mai dan berkantor pusat di Bangkok. Jaringannya memiliki anggota di 108 negara.',
        'ECPAT International menerima Rafto Prize pada tahun 1998. ECPAT Indonesia bergabung dengan jaringan ini pada 2005 dan menjadi anggota penuh pada 2012.',
      ],
      en: [
        'ECPAT International was founded in 1990 in Chiang Mai and has its head office in Bangkok. Its network has members in 108 countries.',
        'ECPAT International received the Rafto Prize in 1998. ECPAT Indonesia joined the network in 2005 and became a full member in 2012.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'kemenpppa',
    acronym: 'KemenPPPA',
    name: {
      id: 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak',
      en: "Ministry of Women's Empowerment and Child Protection",
    },
    kind: 'ministry',
    website: 'https://www.kemenpppa.go.id',
    description: {
      id: [
        'KemenPPPA memimpin Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan. Sebelumnya, KemenPPPA bersama ECPAT Indonesia menyusun Draft Rancangan Peraturan Peta Jalan Perlindungan Anak di Ranah Daring.',
        'Pengawasan pelaksanaan di daerah dilakukan oleh Menteri PPPA bersama Menteri Dalam Negeri. Bersama ECPAT Indonesia, KemenPPPA menjalankan program Desa Bebas Pornografi.',
      ],
      en: [
        'KemenPPPA leads the Roadmap for the Protection of Children Online. Earlier, KemenPPPA drafted the Draft Regulation on the Roadmap for the Protection of Children Online together with ECPAT Indonesia.',
        'Oversight in the regions lies with the Minister of Women’s Empowerment and Child Protection together with the Minister of Home Affairs. With ECPAT Indonesia, KemenPPPA runs the Desa Bebas Pornografi (Pornography-Free Village) programme.',
      ],
    },
    sources: [JOM, NEWS_PERPRES],
  },
  {
    slug: 'komdigi',
    acronym: 'Komdigi',
    name: { id: 'Kementerian Komunikasi dan Digital', en: 'Ministry of Communication and Digital Affairs' },
    kind: 'ministry',
    website: 'https://www.komdigi.go.id',
    description: {
      id: [
        'Komdigi (sebelumnya Kominfo) adalah mitra ECPAT Indonesia dan turut dalam Safer Internet Day.',
        'Komdigi termasuk kementerian/lembaga yang terlibat dalam Peta Jalan.',
      ],
      en: [
        'Komdigi (formerly Kominfo) is a partner of ECPAT Indonesia and takes part in Safer Internet Day.',
        'Komdigi is among the ministries and agencies involved in the Roadmap.',
      ],
    },
    sources: [JOM, NEWS_PERPRES],
  },
  {
    slug: 'kemendagri',
    acronym: 'Kemendagri',
    name: { id: 'Kementerian Dalam Negeri', en: 'Ministry of Home Affairs' },
    kind: 'ministry',
    website: 'https://www.kemendagri.go.id',
    description: {
      id: [
        'Kemendagri termasuk kementerian/lembaga yang terlibat dalam Peta Jalan. Menteri Dalam Negeri bersama Menteri PPPA melakukan pengawasan pelaksanaan di daerah.',
      ],
      en: [
        'Kemendagri is among the ministries and agencies involved in the Roadmap. The Minister of Home Affairs oversees implementation in the regions together with the Minister of Women’s Empowerment and Child Protection.',
      ],
    },
    sources: [NEWS_PERPRES],
  },
  {
    slug: 'unicef-indonesia',
    acronym: 'UNICEF',
    name: { id: 'UNICEF Indonesia', en: 'UNICEF Indonesia' },
    kind: 'international-organization',
    website: 'https://www.unicef.org/indonesia',
    description: {
      id: [
        'UNICEF Indonesia adalah mitra Peta Jalan. Pada 2023, UNICEF bersama ECPAT Indonesia dan ID-COP melaksanakan survei data dasar OCSEA (eksploitasi dan kekerasan seksual anak daring).',
        'Survei UNICEF Indonesia tahun 2021 mencatat hingga 56 % insiden OCSEA tidak diungkapkan atau dilaporkan oleh anak korban.',
      ],
      en: [
        'UNICEF Indonesia is a partner of the Roadmap. In 2023 UNICEF carried out the OCSEA (online child sexual exploitation and abuse) baseline survey with ECPAT Indonesia and ID-COP.',
        'A 2021 UNICEF Indonesia survey found that up to 56 % of OCSEA incidents were not disclosed or reported by the child victims.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'iwf',
    acronym: 'IWF',
    name: { id: 'Internet Watch Foundation', en: 'Internet Watch Foundation' },
    kind: 'ngo',
    website: 'https://www.iwf.org.uk',
    description: {
      id: [
        'Internet Watch Foundation (IWF) adalah organisasi nonpemerintah internasional dari Inggris yang didirikan pada 1996 dan bekerja sama dengan 60 negara.',
        'IWF bermitra dengan ECPAT Indonesia sejak 2020. Portal pelaporan untuk Indonesia diluncurkan pada 16 Juni 2020; laporan yang masuk dianalisis oleh hotline IWF.',
      ],
      en: [
        'The Internet Watch Foundation (IWF) is an international NGO from the United Kingdom, founded in 1996, that works with 60 countries.',
        'The IWF has been a partner of ECPAT Indonesia since 2020. Its reporting portal for Indonesia was launched on 16 June 2020; reports are analysed by the IWF hotline.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'meta',
    acronym: 'Meta',
    name: { id: 'Meta (Facebook, Instagram)', en: 'Meta (Facebook, Instagram)' },
    kind: 'industry',
    website: 'https://www.meta.com',
    description: {
      id: [
        'Meta, pengelola Facebook dan Instagram, menjadi mitra proyek AMAN (Aku Muda Aku Nyaman) bersama ECPAT Indonesia sejak 2019 dan turut dalam Safer Internet Day.',
      ],
      en: [
        'Meta, which runs Facebook and Instagram, has been a partner of ECPAT Indonesia’s AMAN (Aku Muda Aku Nyaman) project since 2019 and takes part in Safer Internet Day.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'youtube',
    acronym: 'YouTube',
    name: { id: 'YouTube', en: 'YouTube' },
    kind: 'industry',
    website: 'https://www.youtube.com',
    description: {
      id: ['YouTube disebut dalam sumber terkait kerja sama penurunan konten dan turut dalam Safer Internet Day.'],
      en: ['YouTube is named in the sources for takedown cooperation and takes part in Safer Internet Day.'],
    },
    sources: [JOM],
  },
  {
    slug: 'tiktok',
    acronym: 'TikTok',
    name: { id: 'TikTok', en: 'TikTok' },
    kind: 'industry',
    website: 'https://www.tiktok.com',
    description: {
      id: ['TikTok disebut dalam sumber terkait kerja sama penurunan konten dan Safer Internet Day.'],
      en: ['TikTok is named in the sources for takedown cooperation and Safer Internet Day.'],
    },
    sources: [JOM],
  },
  {
    slug: 'the-body-shop',
    acronym: 'The Body Shop',
    name: { id: 'The Body Shop', en: 'The Body Shop' },
    kind: 'industry',
    description: {
      id: ['The Body Shop adalah mitra ECPAT Indonesia dari sektor swasta.'],
      en: ['The Body Shop is a private-sector partner of ECPAT Indonesia.'],
    },
    sources: [JOM],
  },
  {
    slug: 'iom',
    acronym: 'IOM',
    name: { id: 'IOM – Organisasi Internasional untuk Migrasi', en: 'IOM UN Migration' },
    kind: 'international-organization',
    website: 'https://www.iom.int',
    description: {
      id: ['IOM adalah organisasi internasional yang menjadi mitra ECPAT Indonesia.'],
      en: ['IOM is an international organisation and a partner of ECPAT Indonesia.'],
    },
    sources: [JOM],
  },
  {
    slug: 'kindernothilfe',
    acronym: 'KNH',
    name: { id: 'Kindernothilfe', en: 'Kindernothilfe' },
    kind: 'ngo',
    description: {
      id: [
        'Kindernothilfe adalah organisasi nonpemerintah internasional yang mendukung layanan psikososial bagi anak korban yang dijalankan ECPAT Indonesia bersama UPTD PPA.',
      ],
      en: [
        'Kindernothilfe is an international NGO that supports the psychosocial services for child victims run by ECPAT Indonesia with UPTD PPA.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'uptd-ppa',
    acronym: 'UPTD PPA',
    name: {
      id: 'Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak',
      en: 'Regional Technical Implementation Units for the Protection of Women and Children',
    },
    kind: 'regional-government',
    description: {
      id: [
        'UPTD PPA adalah unit pemerintah daerah yang memberikan layanan psikologis dan pemulihan bagi anak korban. ECPAT Indonesia bekerja sama dengan UPTD PPA dalam layanan pemulihan psikososial dengan dukungan Kindernothilfe.',
      ],
      en: [
        'UPTD PPA are regional government units that provide psychological and recovery services for child victims. ECPAT Indonesia works with UPTD PPA on psychosocial recovery services, supported by Kindernothilfe.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'id-cop',
    acronym: 'ID-COP',
    name: { id: 'ID-COP', en: 'ID-COP' },
    // A coalition fits none of the narrower kinds.
    kind: 'other',
    description: {
      id: ['ID-COP adalah koalisi yang bersama ECPAT Indonesia dan UNICEF melaksanakan survei data dasar OCSEA pada 2023.'],
      en: ['ID-COP is a coalition that carried out the 2023 OCSEA baseline survey with ECPAT Indonesia and UNICEF.'],
    },
    sources: [JOM],
  },
  {
    slug: 'siberkreasi',
    acronym: 'Siberkreasi',
    name: {
      id: 'Siberkreasi – Gerakan Nasional Literasi Digital',
      en: 'Siberkreasi – National Digital Literacy Movement',
    },
    // A national movement fits none of the narrower kinds.
    kind: 'other',
    description: {
      id: ['Siberkreasi adalah gerakan nasional literasi digital yang turut dalam Safer Internet Day.'],
      en: ['Siberkreasi is a national digital literacy movement that takes part in Safer Internet Day.'],
    },
    sources: [JOM],
  },
  {
    slug: 'kpai',
    acronym: 'KPAI',
    name: { id: 'Komisi Perlindungan Anak Indonesia', en: 'Indonesian Child Protection Commission' },
    kind: 'agency',
    website: 'https://www.kpai.go.id',
    description: {
      id: [
        'KPAI adalah komisi negara yang melakukan survei tentang penggunaan internet oleh anak. Survei ECPAT, KemenPPPA, KPAI, dan UNICEF mencatat penggunaan internet hingga 99 % di kalangan anak usia 6–17 tahun.',
      ],
      en: [
        'KPAI is a state commission that surveys children’s internet use. Surveys by ECPAT, KemenPPPA, KPAI and UNICEF report internet use of up to 99 % among children aged 6–17.',
      ],
    },
    sources: [JOM],
  },
  {
    slug: 'polri',
    acronym: 'Polri',
    name: { id: 'Kepolisian Negara Republik Indonesia', en: 'Indonesian National Police' },
    kind: 'agency',
    website: 'https://www.polri.go.id',
    description: {
      id: [
        'Polri termasuk kementerian/lembaga yang terlibat dalam Peta Jalan. Sumber mencatat sebuah kasus pada Februari 2024 di Polresta Bandara Soekarno-Hatta.',
      ],
      en: [
        'Polri is among the ministries and agencies involved in the Roadmap. The sources mention a case in February 2024 at the Soekarno-Hatta Airport Police (Polresta Bandara Soekarno-Hatta).',
      ],
    },
    sources: [JOM, NEWS_PERPRES],
  },
]

// ---------------------------------------------------------------------------------------
// Roadmap (FACTS.md §1)
// ---------------------------------------------------------------------------------------

export const seedRoadmap: SeedRoadmap = {
  slug: 'peta-jalan-2025-2029',
  title: {
    id: 'Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan Tahun 2025–2029',
    en: 'Roadmap for the Protection of Children Online 2025–2029',
  },
  periodStart: 2025,
  periodEnd: 2029,
  legalBasis: 'Peraturan Presiden No. 87 Tahun 2025',
  status: 'adopted',
  promulgatedOn: '2025-08-05',
  summary: {
    id: [
      'Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan Tahun 2025–2029, yang umum disebut Peta Jalan Perlindungan Anak di Ranah Daring, ditetapkan dengan Peraturan Presiden Nomor 87 Tahun 2025 pada 5 Agustus 2025 untuk periode 2025–2029.',
      'Peta Jalan memuat dua arah kebijakan: penguatan kapasitas anak, keluarga, dan masyarakat; serta penguatan jejaring dan sinergi antara kementerian/lembaga, pemerintah daerah, dan masyarakat. Strateginya adalah pencegahan penyalahgunaan teknologi informasi dan komunikasi terhadap anak, penanganan, dan kolaborasi pemangku kepentingan.',
      'Matriks Peta Jalan memuat fokus strategi, intervensi kunci, keluaran, target waktu pelaksanaan, kementerian/lembaga penanggung jawab, dan kementerian/lembaga terkait. Sebanyak 28 kementerian/lembaga terlibat, di antaranya KemenPPPA, Komdigi, Kemendagri, Kemenag, kementerian di bidang pendidikan, Kemensos, dan Polri. Pengawasan di daerah dilakukan oleh Menteri PPPA bersama Menteri Dalam Negeri.',
      'Sebelumnya, KemenPPPA bersama ECPAT Indonesia menyusun Draft Rancangan Peraturan Peta Jalan Perlindungan Anak di Ranah Daring, yang masuk program melalui Keputusan Presiden Nomor 26 Tahun 2022.',
    ],
    en: [
      'The Roadmap for the Protection of Children Online 2025–2029 (Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan, commonly called Peta Jalan Perlindungan Anak di Ranah Daring) was set by Presidential Regulation No. 87 of 2025 on 5 August 2025 for the period 2025–2029.',
      'The Roadmap has two policy directions: strengthening the capacity of children, families and communities; and strengthening networks and synergy between ministries and agencies, regional governments and the public. Its strategies are prevention of the misuse of information and communication technology against children, handling, and stakeholder collaboration.',
      'The Roadmap’s matrix sets out strategic focus areas, key interventions, outputs, target years, the lead ministry or agency and related ministries and agencies. Twenty-eight ministries and agencies are involved, among them KemenPPPA, Komdigi, Kemendagri, Kemenag, the education ministries, Kemensos and Polri. Oversight in the regions lies with the Minister of Women’s Empowerment and Child Protection together with the Minister of Home Affairs.',
      'Before it, KemenPPPA and ECPAT Indonesia drafted the Draft Regulation on the Roadmap for the Protection of Children Online, which was put on the programme by Presidential Decree No. 26 of 2022.',
    ],
  },
}

// ---------------------------------------------------------------------------------------
// Roadmap sections: Arah Kebijakan → Strategi → Fokus Strategi → Intervensi Kunci
// ---------------------------------------------------------------------------------------

// FACTS.md does not say which direction each strategy sits under, so the placement is
// illustrative even though the strategies' titles are sourced.
const STRATEGY_PLACEMENT_IS_ILLUSTRATIVE = ['parentCode', 'order']

// Focus areas and key interventions below are illustrative: the Perpres annex is not in
// FACTS.md, so their wording is kept generic and grounded in themes the sources name.
export const seedSections: SeedSection[] = [
  {
    code: '1',
    parentCode: null,
    kind: 'direction',
    order: 1,
    isIllustrative: false,
    title: {
      id: 'Penguatan kapasitas anak, keluarga, dan masyarakat',
      en: 'Strengthening the capacity of children, families and communities',
    },
    body: {
      id: ['Arah kebijakan pertama Peta Jalan adalah penguatan kapasitas anak, keluarga, dan masyarakat.'],
      en: ['The Roadmap’s first policy direction is strengthening the capacity of children, families and communities.'],
    },
  },
  {
    code: '2',
    parentCode: null,
    kind: 'direction',
    order: 2,
    isIllustrative: false,
    title: {
      id: 'Penguatan jejaring dan sinergi antara kementerian/lembaga, pemerintah daerah, dan masyarakat',
      en: 'Strengthening networks and synergy between ministries/agencies, regional governments and the public',
    },
    body: {
      id: [
        'Arah kebijakan kedua Peta Jalan adalah penguatan jejaring dan sinergi antara kementerian/lembaga, pemerintah daerah, dan masyarakat.',
      ],
      en: [
        'The Roadmap’s second policy direction is strengthening networks and synergy between ministries and agencies, regional governments and the public.',
      ],
    },
  },

  // Strategies
  {
    code: '1.1',
    parentCode: '1',
    kind: 'strategy',
    order: 1,
    isIllustrative: true,
    illustrativeFields: STRATEGY_PLACEMENT_IS_ILLUSTRATIVE,
    title: { id: 'Pencegahan', en: 'Prevention' },
    body: {
      id: ['Pencegahan penyalahgunaan teknologi informasi dan komunikasi terhadap anak.'],
      en: ['Prevention of the misuse of information and communication technology against children.'],
    },
  },
  {
    code: '1.2',
    parentCode: '1',
    kind: 'strategy',
    order: 2,
    isIllustrative: true,
    illustrativeFields: STRATEGY_PLACEMENT_IS_ILLUSTRATIVE,
    title: { id: 'Penanganan', en: 'Handling' },
    body: {
      id: ['Penanganan kasus yang menimpa anak di ranah daring.'],
      en: ['Handling of cases affecting children online.'],
    },
  },
  {
    code: '2.1',
    parentCode: '2',
    kind: 'strategy',
    order: 1,
    isIllustrative: true,
    illustrativeFields: STRATEGY_PLACEMENT_IS_ILLUSTRATIVE,
    title: { id: 'Kolaborasi', en: 'Collaboration' },
    body: {
      id: ['Kolaborasi para pemangku kepentingan.'],
      en: ['Collaboration between stakeholders.'],
    },
  },

  // Strategy 1.1 Pencegahan
  {
    code: '1.1.1',
    parentCode: '1.1',
    kind: 'focus',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Literasi digital anak, keluarga, dan masyarakat',
      en: 'Digital literacy for children, families and communities',
    },
    body: {
      id: ['Meningkatkan pemahaman anak, orang tua, dan masyarakat tentang penggunaan internet yang aman.'],
      en: ['Improving how well children, parents and communities understand safe internet use.'],
    },
  },
  {
    code: '1.1.1.1',
    parentCode: '1.1.1',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Edukasi internet aman bagi anak dan kaum muda',
      en: 'Safe internet education for children and young people',
    },
    body: {
      id: ['Program edukasi literasi digital yang melibatkan anak dan kaum muda sebagai peserta dan fasilitator sebaya.'],
      en: ['Digital literacy education that involves children and young people as participants and peer facilitators.'],
    },
    outputs: {
      id: ['Materi edukasi internet aman tersedia dan digunakan di daerah.'],
      en: ['Safe internet learning materials are available and used in the regions.'],
    },
    targetYears: [2025, 2026, 2027, 2028, 2029],
    leadAgency: 'komdigi',
    relatedAgencies: ['kemenpppa'],
    mnrCapabilities: [13, 14],
  },
  {
    code: '1.1.1.2',
    parentCode: '1.1.1',
    kind: 'intervention',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Kampanye publik tahunan tentang internet aman',
      en: 'Annual public campaigns on safe internet use',
    },
    body: {
      id: ['Kampanye tahunan bersama pemerintah, platform digital, dan masyarakat sipil.'],
      en: ['Yearly campaigns run by government, digital platforms and civil society together.'],
    },
    outputs: {
      id: ['Kampanye internet aman terselenggara setiap tahun.'],
      en: ['A safe internet campaign is held every year.'],
    },
    targetYears: [2025, 2026, 2027, 2028, 2029],
    leadAgency: 'komdigi',
    relatedAgencies: ['kemenpppa'],
    mnrCapabilities: [13, 19],
  },
  {
    code: '1.1.2',
    parentCode: '1.1',
    kind: 'focus',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Pencegahan berbasis desa dan komunitas',
      en: 'Village and community-based prevention',
    },
    body: {
      id: ['Memperkuat peran desa dan komunitas dalam mencegah eksploitasi seksual anak di ranah daring.'],
      en: ['Strengthening the role of villages and communities in preventing the online sexual exploitation of children.'],
    },
  },
  {
    code: '1.1.2.1',
    parentCode: '1.1.2',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Bimbingan teknis pencegahan di tingkat desa',
      en: 'Technical guidance for prevention at village level',
    },
    body: {
      id: ['Bimbingan teknis bagi pemerintah desa dan masyarakat untuk menyusun kebijakan dan kegiatan pencegahan yang ramah anak.'],
      en: ['Technical guidance for village governments and communities to set up child-friendly prevention policies and activities.'],
    },
    outputs: {
      id: ['Desa sasaran menerima bimbingan teknis dan memiliki kebijakan pencegahan.'],
      en: ['Target villages receive technical guidance and have prevention policies in place.'],
    },
    targetYears: [2026, 2027, 2028],
    leadAgency: 'kemenpppa',
    relatedAgencies: ['kemendagri'],
    mnrCapabilities: [13, 14],
  },

  // Strategy 1.2 Penanganan
  {
    code: '1.2.1',
    parentCode: '1.2',
    kind: 'focus',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Pelaporan dan penurunan konten',
      en: 'Reporting and content takedown',
    },
    body: {
      id: ['Memudahkan pelaporan materi kekerasan seksual anak dan mempercepat penurunannya.'],
      en: ['Making child sexual abuse material easier to report and faster to take down.'],
    },
  },
  {
    code: '1.2.1.1',
    parentCode: '1.2.1',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Kanal pelaporan materi kekerasan seksual anak daring',
      en: 'Reporting channels for online child sexual abuse material',
    },
    body: {
      id: ['Kanal pelaporan yang dapat digunakan secara anonim atau terbuka, dengan rujukan laporan yang jelas.'],
      en: ['Reporting channels that can be used anonymously or openly, with clear referral of reports.'],
    },
    outputs: {
      id: ['Kanal pelaporan beroperasi dan dikenal masyarakat.'],
      en: ['Reporting channels operate and are known to the public.'],
    },
    targetYears: [2025, 2026, 2027, 2028, 2029],
    leadAgency: 'komdigi',
    relatedAgencies: ['kemenpppa', 'polri'],
    mnrCapabilities: [12, 17],
  },
  {
    code: '1.2.1.2',
    parentCode: '1.2.1',
    kind: 'intervention',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Koordinasi penurunan konten dengan platform digital',
      en: 'Coordinating content takedown with digital platforms',
    },
    body: {
      id: ['Mekanisme koordinasi agar platform menindaklanjuti permintaan penurunan konten.'],
      en: ['A coordination mechanism so that platforms act on takedown requests.'],
    },
    outputs: {
      id: ['Mekanisme koordinasi penurunan konten disepakati dan dipantau.'],
      en: ['A takedown coordination mechanism is agreed and monitored.'],
    },
    targetYears: [2026, 2027, 2028],
    leadAgency: 'komdigi',
    relatedAgencies: ['polri'],
    mnrCapabilities: [16, 17],
  },
  {
    code: '1.2.2',
    parentCode: '1.2',
    kind: 'focus',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Layanan pemulihan korban',
      en: 'Recovery services for victims',
    },
    body: {
      id: ['Memperluas layanan psikologis dan pemulihan bagi anak korban.'],
      en: ['Expanding psychological and recovery services for child victims.'],
    },
  },
  {
    code: '1.2.2.1',
    parentCode: '1.2.2',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Layanan psikososial dan pemulihan bagi anak korban',
      en: 'Psychosocial and recovery services for child victims',
    },
    body: {
      id: ['Penguatan layanan pemulihan di unit layanan daerah, termasuk tenaga pendamping.'],
      en: ['Strengthening recovery services at regional service units, including support workers.'],
    },
    outputs: {
      id: ['Anak korban di daerah sasaran memperoleh layanan pemulihan psikososial.'],
      en: ['Child victims in target regions receive psychosocial recovery services.'],
    },
    targetYears: [2026, 2027, 2028, 2029],
    leadAgency: 'kemenpppa',
    relatedAgencies: ['kemendagri'],
    mnrCapabilities: [8, 9],
  },

  // Strategy 2.1 Kolaborasi
  {
    code: '2.1.1',
    parentCode: '2.1',
    kind: 'focus',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Koordinasi kementerian/lembaga dan daerah',
      en: 'Coordination of ministries, agencies and regions',
    },
    body: {
      id: ['Menyelaraskan pelaksanaan Peta Jalan di antara kementerian/lembaga, pemerintah daerah, dan mitra.'],
      en: ['Aligning how ministries, agencies, regional governments and partners carry out the Roadmap.'],
    },
  },
  {
    code: '2.1.1.1',
    parentCode: '2.1.1',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Koordinasi dan pemantauan pelaksanaan Peta Jalan di daerah',
      en: 'Coordinating and monitoring the Roadmap in the regions',
    },
    body: {
      id: ['Mekanisme koordinasi dan pemantauan bersama antara pemerintah pusat dan daerah.'],
      en: ['A joint coordination and monitoring mechanism between central and regional government.'],
    },
    outputs: {
      id: ['Pedoman koordinasi daerah tersedia dan laporan pemantauan disusun secara berkala.'],
      en: ['Regional coordination guidelines are available and monitoring reports are produced regularly.'],
    },
    targetYears: [2026, 2027, 2028, 2029],
    leadAgency: 'kemenpppa',
    relatedAgencies: ['kemendagri'],
    mnrCapabilities: [1],
  },
  {
    code: '2.1.1.2',
    parentCode: '2.1.1',
    kind: 'intervention',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Kemitraan dengan industri dan masyarakat sipil',
      en: 'Partnerships with industry and civil society',
    },
    body: {
      id: ['Kemitraan dengan platform digital, sektor swasta, dan organisasi masyarakat sipil.'],
      en: ['Partnerships with digital platforms, the private sector and civil society organisations.'],
    },
    outputs: {
      id: ['Kesepakatan kemitraan disusun dan ditinjau secara berkala.'],
      en: ['Partnership agreements are drawn up and reviewed regularly.'],
    },
    targetYears: [2025, 2026, 2027, 2028, 2029],
    leadAgency: 'komdigi',
    relatedAgencies: ['kemenpppa'],
    mnrCapabilities: [19],
  },
  {
    code: '2.1.2',
    parentCode: '2.1',
    kind: 'focus',
    order: 2,
    isIllustrative: true,
    title: {
      id: 'Riset dan pemantauan',
      en: 'Research and monitoring',
    },
    body: {
      id: ['Menyediakan data untuk perencanaan dan evaluasi perlindungan anak di ranah daring.'],
      en: ['Providing data for planning and evaluating child protection online.'],
    },
  },
  {
    code: '2.1.2.1',
    parentCode: '2.1.2',
    kind: 'intervention',
    order: 1,
    isIllustrative: true,
    title: {
      id: 'Survei dan pengumpulan data eksploitasi dan kekerasan seksual anak daring',
      en: 'Surveys and data collection on online child sexual exploitation and abuse',
    },
    body: {
      id: ['Survei berkala untuk memantau risiko dan pengalaman anak di ranah daring.'],
      en: ['Regular surveys to monitor the risks and experiences of children online.'],
    },
    outputs: {
      id: ['Data survei nasional tersedia dan dipublikasikan.'],
      en: ['National survey data is available and published.'],
    },
    targetYears: [2027, 2028],
    leadAgency: 'kemenpppa',
    relatedAgencies: ['komdigi', 'kpai'],
    mnrCapabilities: [2],
  },
]

// ---------------------------------------------------------------------------------------
// Commitments (FACTS.md §3, roles per §5)
// ---------------------------------------------------------------------------------------

export const seedCommitments: SeedCommitment[] = [
  {
    slug: 'aman-aku-muda-aku-nyaman',
    title: {
      id: 'AMAN (Aku Muda Aku Nyaman): literasi digital bagi kaum muda',
      en: 'AMAN (Aku Muda Aku Nyaman): digital literacy for young people',
    },
    organization: 'ecpat-indonesia',
    sectionCode: '1.1.1.1',
    role: 'implementer',
    description: {
      id: [
        'AMAN (Aku Muda Aku Nyaman) adalah program literasi digital ECPAT Indonesia bersama Meta yang diluncurkan pada 2020 untuk usia 13–24 tahun, dengan kaum muda sebagai "AMAN Warriors". Meta menjadi mitra proyek AMAN sejak 2019.',
        'Hingga 2023, program ini menjangkau 17 wilayah dan lebih dari 200 organisasi kepemudaan, dan konten edukasinya ditonton lebih dari 12 juta kali.',
      ],
      en: [
        'AMAN (Aku Muda Aku Nyaman) is ECPAT Indonesia’s digital literacy programme with Meta, launched in 2020 for ages 13–24, with young people as “AMAN Warriors”. Meta has been an AMAN project partner since 2019.',
        'By 2023 the programme had reached 17 regions and more than 200 youth organisations, and its educational content had been viewed more than 12 million times.',
      ],
    },
    indicator: {
      name: { id: 'Wilayah yang dijangkau program AMAN', en: 'Regions reached by the AMAN programme' },
      unit: 'wilayah',
      baseline: 17,
      target: 25,
      note: {
        id: 'Data dasar 17 wilayah (2023) bersumber dari [JOM]; target bersifat ilustratif.',
        en: 'The baseline of 17 regions (2023) is from [JOM]; the target is illustrative.',
      },
    },
    startDate: '2025-09-01',
    dueDate: '2027-12-31',
    status: 'on-track',
    completion: 'substantial',
    mnrCapabilities: [13, 14, 19],
    isIllustrative: true,
    illustrativeFields: ['status', 'startDate', 'dueDate', 'completion', 'indicator.target', 'milestones'],
    milestones: [
      {
        title: { id: 'Materi edukasi AMAN dimutakhirkan', en: 'AMAN learning materials updated' },
        dueDate: '2025-12-31',
        completedDate: '2025-12-15',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Pelatihan AMAN Warriors angkatan baru', en: 'Training for a new cohort of AMAN Warriors' },
        dueDate: '2026-09-30',
        completedDate: '2026-09-22',
        status: 'done',
        weight: 2,
        isIllustrative: true,
      },
      {
        title: { id: 'Perluasan jangkauan ke wilayah baru', en: 'Extending reach to new regions' },
        dueDate: '2027-06-30',
        status: 'in-progress',
        weight: 2,
        isIllustrative: true,
      },
      {
        title: { id: 'Evaluasi program', en: 'Programme evaluation' },
        dueDate: '2027-12-31',
        status: 'planned',
        weight: 1,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'portal-pelaporan-iwf-ecpat',
    title: {
      id: 'Portal pelaporan IWF–ECPAT Indonesia',
      en: 'IWF–ECPAT Indonesia reporting portal',
    },
    organization: 'ecpat-indonesia',
    sectionCode: '1.2.1.1',
    role: 'implementer',
    description: {
      id: [
        'Portal pelaporan IWF–ECPAT Indonesia diluncurkan pada 16 Juni 2020. Laporan dapat dikirim secara anonim atau terbuka dan dianalisis oleh hotline IWF.',
        'Materi kekerasan seksual anak yang terkonfirmasi diteruskan ke hotline negara tempat konten di-hosting atau ke ECPAT Indonesia, lalu ECPAT Indonesia meminta platform menurunkan konten tersebut.',
        'Portal menerima 481 laporan dari Indonesia pada 2022 dan 897 laporan pada 2023; 10–27 % laporan pada 2023 dapat ditindaklanjuti.',
      ],
      en: [
        'The IWF–ECPAT Indonesia reporting portal was launched on 16 June 2020. Reports can be made anonymously or openly and are analysed by the IWF hotline.',
        'Confirmed child sexual abuse material is forwarded to the hotline of the hosting country or to ECPAT Indonesia, which then asks the platforms to take it down.',
        'The portal received 481 reports from Indonesia in 2022 and 897 in 2023; 10–27 % of the 2023 reports were actionable.',
      ],
    },
    indicator: {
      name: { id: 'Laporan yang diterima portal', en: 'Reports received by the portal' },
      unit: 'laporan',
      baseline: 897,
      note: {
        id: 'Data dasar 897 laporan (2023) bersumber dari [JOM]. Tidak ada target: lebih banyak laporan bisa berarti kesadaran melapor yang lebih baik, bukan masalah yang lebih besar.',
        en: 'The baseline of 897 reports (2023) is from [JOM]. No target: more reports can mean better awareness of reporting rather than a bigger problem.',
      },
    },
    startDate: '2020-06-16',
    dueDate: '2029-12-31',
    status: 'on-track',
    completion: 'substantial',
    mnrCapabilities: [12, 16, 17],
    isIllustrative: true,
    // startDate and the launch milestone are sourced (16 June 2020).
    illustrativeFields: ['status', 'dueDate', 'completion', 'milestones[1]', 'milestones[2]', 'milestones[3]'],
    milestones: [
      {
        title: {
          id: 'Portal pelaporan IWF–ECPAT Indonesia diluncurkan',
          en: 'IWF–ECPAT Indonesia reporting portal launched',
        },
        dueDate: '2020-06-16',
        completedDate: '2020-06-16',
        status: 'done',
        weight: 1,
        isIllustrative: false,
      },
      {
        title: {
          id: 'Sosialisasi kanal pelaporan kepada sekolah dan komunitas',
          en: 'Promoting the reporting channel to schools and communities',
        },
        dueDate: '2026-06-30',
        completedDate: '2026-07-10',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Rekapitulasi tahunan laporan portal 2026', en: 'Annual summary of 2026 portal reports' },
        dueDate: '2027-01-31',
        status: 'in-progress',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: {
          id: 'Prosedur rujukan laporan kepada aparat penegak hukum',
          en: 'Procedure for referring reports to law enforcement',
        },
        dueDate: '2027-12-31',
        status: 'planned',
        weight: 2,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'safer-internet-day',
    title: {
      id: 'Safer Internet Day 2025 dan 2026',
      en: 'Safer Internet Day 2025 and 2026',
    },
    organization: 'komdigi',
    sectionCode: '1.1.1.2',
    // One of several co-organisers of a joint yearly event.
    role: 'partner',
    description: {
      id: [
        'Safer Internet Day diselenggarakan setiap tahun bersama Meta, YouTube, KemenPPPA, Kominfo/Komdigi, dan Siberkreasi. Penyelenggaraan 2024 dilakukan secara hibrida.',
      ],
      en: [
        'Safer Internet Day is held every year with Meta, YouTube, KemenPPPA, Kominfo/Komdigi and Siberkreasi. The 2024 edition was hybrid.',
      ],
    },
    indicator: {
      name: { id: 'Penyelenggaraan Safer Internet Day', en: 'Safer Internet Day editions held' },
      unit: 'edisi',
      baseline: 0,
      target: 2,
      note: { id: 'Nilai bersifat ilustratif.', en: 'Values are illustrative.' },
    },
    startDate: '2025-01-01',
    dueDate: '2026-03-31',
    status: 'completed',
    completion: 'complete',
    mnrCapabilities: [13, 19],
    isIllustrative: true,
    illustrativeFields: [
      'title',
      'status',
      'startDate',
      'dueDate',
      'completion',
      'indicator.baseline',
      'indicator.target',
      'milestones',
    ],
    milestones: [
      {
        title: { id: 'Safer Internet Day 2025 terselenggara', en: 'Safer Internet Day 2025 held' },
        dueDate: '2025-02-28',
        completedDate: '2025-02-11',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Safer Internet Day 2026 terselenggara', en: 'Safer Internet Day 2026 held' },
        dueDate: '2026-02-28',
        completedDate: '2026-02-10',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'desa-bebas-pornografi',
    title: {
      id: 'Desa Bebas Pornografi',
      en: 'Desa Bebas Pornografi (Pornography-Free Village)',
    },
    organization: 'kemenpppa',
    sectionCode: '1.1.2.1',
    role: 'implementer',
    description: {
      id: [
        'Desa Bebas Pornografi adalah program KemenPPPA bersama ECPAT Indonesia. Pada 2024 dilakukan bimbingan teknis di Lampung Tengah, Sleman, Bekasi, dan Depok.',
        'Program ini memiliki tiga indikator keberhasilan: perubahan struktural (kebijakan desa ramah anak), perubahan kultural (nilai dan norma), dan perubahan proses (partisipasi masyarakat).',
      ],
      en: [
        'Desa Bebas Pornografi (Pornography-Free Village) is a KemenPPPA programme with ECPAT Indonesia. In 2024 technical guidance was given in Lampung Tengah, Sleman, Bekasi and Depok.',
        'The programme has three success indicators: structural change (a child-friendly village policy), cultural change (values and norms) and process change (community participation).',
      ],
    },
    indicator: {
      name: {
        id: 'Kabupaten/kota yang menerima bimbingan teknis',
        en: 'Regencies and cities that received technical guidance',
      },
      unit: 'kabupaten/kota',
      baseline: 4,
      target: 10,
      note: {
        id: 'Data dasar 4 kabupaten/kota (2024) bersumber dari [JOM]; target bersifat ilustratif.',
        en: 'The baseline of 4 regencies and cities (2024) is from [JOM]; the target is illustrative.',
      },
    },
    startDate: '2025-09-01',
    dueDate: '2027-12-31',
    // Uneven reach to remote regions is a challenge the sources name (FACTS.md §6).
    status: 'at-risk',
    completion: 'limited',
    mnrCapabilities: [13, 14],
    isIllustrative: true,
    illustrativeFields: ['status', 'startDate', 'dueDate', 'completion', 'indicator.target', 'milestones'],
    milestones: [
      {
        title: {
          id: 'Pedoman bimbingan teknis dimutakhirkan',
          en: 'Technical guidance handbook updated',
        },
        dueDate: '2026-03-31',
        completedDate: '2026-04-20',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: {
          id: 'Bimbingan teknis di kabupaten/kota tambahan',
          en: 'Technical guidance in additional regencies and cities',
        },
        dueDate: '2026-09-30',
        status: 'missed',
        weight: 2,
        isIllustrative: true,
      },
      {
        title: {
          id: 'Evaluasi tiga indikator keberhasilan',
          en: 'Evaluation against the three success indicators',
        },
        dueDate: '2027-09-30',
        status: 'planned',
        weight: 1,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'survei-data-dasar-ocsea',
    title: {
      id: 'Survei data dasar OCSEA dan pemantauan lanjutan',
      en: 'OCSEA baseline survey and follow-up monitoring',
    },
    organization: 'unicef-indonesia',
    sectionCode: '2.1.2.1',
    // Research that informs policy rather than direct service delivery.
    role: 'catalyst',
    description: {
      id: [
        'Pada 2023, ECPAT Indonesia bersama UNICEF dan ID-COP melaksanakan survei data dasar OCSEA (eksploitasi dan kekerasan seksual anak daring). Survei menemukan rendahnya pemahaman anak tentang penggunaan internet yang aman.',
      ],
      en: [
        'In 2023 ECPAT Indonesia, with UNICEF and ID-COP, carried out the OCSEA (online child sexual exploitation and abuse) baseline survey. It found low understanding of safe internet use among children.',
      ],
    },
    indicator: {
      name: { id: 'Survei OCSEA nasional yang dipublikasikan', en: 'National OCSEA surveys published' },
      unit: 'survei',
      baseline: 1,
      target: 2,
      note: {
        id: 'Data dasar: survei 2023 ([JOM]); target bersifat ilustratif.',
        en: 'Baseline: the 2023 survey ([JOM]); the target is illustrative.',
      },
    },
    startDate: '2025-10-01',
    dueDate: '2028-06-30',
    status: 'on-track',
    completion: 'limited',
    mnrCapabilities: [2],
    isIllustrative: true,
    illustrativeFields: ['title', 'status', 'startDate', 'dueDate', 'completion', 'indicator.target', 'milestones'],
    milestones: [
      {
        title: {
          id: 'Temuan survei 2023 disampaikan kepada kementerian/lembaga',
          en: 'Findings of the 2023 survey presented to ministries and agencies',
        },
        dueDate: '2026-03-31',
        completedDate: '2026-03-25',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Rancangan survei lanjutan', en: 'Design of the follow-up survey' },
        dueDate: '2027-03-31',
        status: 'in-progress',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Publikasi hasil survei lanjutan', en: 'Publication of the follow-up survey' },
        dueDate: '2028-06-30',
        status: 'planned',
        weight: 2,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'layanan-pemulihan-psikososial',
    title: {
      id: 'Layanan pemulihan psikososial bagi anak korban',
      en: 'Psychosocial recovery services for child victims',
    },
    organization: 'ecpat-indonesia',
    sectionCode: '1.2.2.1',
    // The services are run by UPTD PPA; ECPAT works alongside them.
    role: 'partner',
    description: {
      id: [
        'ECPAT Indonesia bekerja sama dengan UPTD PPA dalam layanan psikologis dan pemulihan bagi anak korban, dengan dukungan Kindernothilfe.',
      ],
      en: [
        'ECPAT Indonesia works with UPTD PPA on psychological and recovery services for child victims, supported by Kindernothilfe.',
      ],
    },
    indicator: {
      name: {
        id: 'Anak korban yang menerima layanan pemulihan psikososial',
        en: 'Child victims receiving psychosocial recovery services',
      },
      unit: 'anak',
      target: 100,
      note: { id: 'Target bersifat ilustratif.', en: 'The target is illustrative.' },
    },
    startDate: '2025-09-01',
    dueDate: '2027-12-31',
    // Few recovery services is a challenge the sources name (FACTS.md §6).
    status: 'delayed',
    completion: 'limited',
    mnrCapabilities: [8, 9],
    isIllustrative: true,
    illustrativeFields: ['status', 'startDate', 'dueDate', 'completion', 'indicator.target', 'milestones'],
    milestones: [
      {
        title: { id: 'Pemetaan layanan UPTD PPA mitra', en: 'Mapping of partner UPTD PPA services' },
        dueDate: '2025-12-31',
        completedDate: '2026-02-15',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Pelatihan pendamping psikososial', en: 'Training of psychosocial support workers' },
        dueDate: '2026-06-30',
        status: 'missed',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: {
          id: 'Layanan pemulihan berjalan di UPTD PPA mitra',
          en: 'Recovery services running at partner UPTD PPA',
        },
        dueDate: '2027-12-31',
        status: 'planned',
        weight: 2,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'koordinasi-penurunan-konten-platform',
    title: {
      id: 'Koordinasi penurunan konten dengan platform digital',
      en: 'Coordinating content takedown with digital platforms',
    },
    organization: 'komdigi',
    sectionCode: '1.2.1.2',
    role: 'implementer',
    description: {
      id: [
        'YouTube dan TikTok disebut dalam sumber terkait kerja sama penurunan konten. ECPAT Indonesia, mitra Komdigi, meminta platform menurunkan materi kekerasan seksual anak yang terkonfirmasi melalui portal pelaporan IWF–ECPAT Indonesia.',
      ],
      en: [
        'YouTube and TikTok are named in the sources for takedown cooperation. ECPAT Indonesia, a partner of Komdigi, asks platforms to take down child sexual abuse material confirmed through the IWF–ECPAT Indonesia reporting portal.',
      ],
    },
    indicator: {
      name: {
        id: 'Permintaan penurunan konten yang ditindaklanjuti platform',
        en: 'Takedown requests acted on by platforms',
      },
      unit: '%',
      target: 90,
      note: { id: 'Target bersifat ilustratif.', en: 'The target is illustrative.' },
    },
    startDate: '2026-01-01',
    dueDate: '2028-12-31',
    status: 'on-track',
    completion: 'limited',
    mnrCapabilities: [16, 17],
    isIllustrative: true,
    illustrativeFields: [
      'title',
      'role',
      'status',
      'startDate',
      'dueDate',
      'completion',
      'indicator',
      'milestones',
    ],
    milestones: [
      {
        title: {
          id: 'Mekanisme koordinasi penurunan konten disusun',
          en: 'Takedown coordination mechanism drawn up',
        },
        dueDate: '2026-06-30',
        completedDate: '2026-06-12',
        status: 'done',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: {
          id: 'Laporan berkala tindak lanjut permintaan penurunan konten',
          en: 'Regular report on follow-up of takedown requests',
        },
        dueDate: '2026-12-31',
        status: 'in-progress',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Evaluasi waktu tindak lanjut', en: 'Review of response times' },
        dueDate: '2027-12-31',
        status: 'planned',
        weight: 1,
        isIllustrative: true,
      },
    ],
  },
  {
    slug: 'koordinasi-pemantauan-daerah',
    title: {
      id: 'Koordinasi dan pemantauan Peta Jalan di daerah bersama Kemendagri',
      en: 'Coordinating and monitoring the Roadmap in the regions with Kemendagri',
    },
    organization: 'kemenpppa',
    sectionCode: '2.1.1.1',
    role: 'implementer',
    description: {
      id: [
        'KemenPPPA memimpin Peta Jalan. Pengawasan pelaksanaan di daerah dilakukan oleh Menteri PPPA bersama Menteri Dalam Negeri.',
      ],
      en: [
        'KemenPPPA leads the Roadmap. Oversight in the regions lies with the Minister of Women’s Empowerment and Child Protection together with the Minister of Home Affairs.',
      ],
    },
    indicator: {
      name: {
        id: 'Provinsi dengan forum koordinasi Peta Jalan',
        en: 'Provinces with a Roadmap coordination forum',
      },
      unit: 'provinsi',
      baseline: 0,
      target: 10,
      note: { id: 'Nilai bersifat ilustratif.', en: 'Values are illustrative.' },
    },
    startDate: '2027-01-01',
    dueDate: '2029-12-31',
    status: 'not-started',
    completion: 'not-started',
    mnrCapabilities: [1],
    isIllustrative: true,
    illustrativeFields: [
      'title',
      'status',
      'startDate',
      'dueDate',
      'completion',
      'indicator',
      'milestones',
    ],
    milestones: [
      {
        title: {
          id: 'Pedoman koordinasi daerah disusun bersama Kemendagri',
          en: 'Regional coordination guidelines drawn up with Kemendagri',
        },
        dueDate: '2027-06-30',
        status: 'planned',
        weight: 1,
        isIllustrative: true,
      },
      {
        title: { id: 'Forum koordinasi provinsi terbentuk', en: 'Provincial coordination forums set up' },
        dueDate: '2028-06-30',
        status: 'planned',
        weight: 2,
        isIllustrative: true,
      },
      {
        title: { id: 'Laporan pemantauan daerah pertama', en: 'First regional monitoring report' },
        dueDate: '2028-12-31',
        status: 'planned',
        weight: 1,
        isIllustrative: true,
      },
    ],
  },
]

// ---------------------------------------------------------------------------------------
// Progress reports (all illustrative)
// ---------------------------------------------------------------------------------------

export const seedProgressReports: SeedProgressReport[] = [
  {
    commitmentSlug: 'aman-aku-muda-aku-nyaman',
    periodStart: '2025-07-01',
    periodEnd: '2025-12-31',
    periodLabel: '2025 Semester 2',
    summary: {
      id: ['Materi edukasi AMAN dimutakhirkan dan program menjangkau satu wilayah baru.'],
      en: ['AMAN learning materials were updated and the programme reached one new region.'],
    },
    indicatorValue: 18,
    reviewStatus: 'approved',
    isIllustrative: true,
  },
  {
    commitmentSlug: 'aman-aku-muda-aku-nyaman',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    periodLabel: '2026 Semester 1',
    summary: {
      id: ['Persiapan pelatihan AMAN Warriors angkatan baru berjalan; program menjangkau dua wilayah baru.'],
      en: ['Preparations for training a new cohort of AMAN Warriors went ahead; the programme reached two new regions.'],
    },
    indicatorValue: 20,
    reviewStatus: 'approved',
    isIllustrative: true,
  },
  {
    commitmentSlug: 'desa-bebas-pornografi',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    periodLabel: '2026 Semester 1',
    summary: {
      id: [
        'Pedoman bimbingan teknis dimutakhirkan dengan keterlambatan. Bimbingan teknis baru berlangsung di satu kabupaten tambahan; jangkauan ke daerah terpencil masih terbatas.',
      ],
      en: [
        'The technical guidance handbook was updated, late. New technical guidance took place in only one more regency; reach to remote regions remains limited.',
      ],
    },
    indicatorValue: 5,
    reviewStatus: 'submitted',
    isIllustrative: true,
  },
  {
    commitmentSlug: 'layanan-pemulihan-psikososial',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    periodLabel: '2026 Semester 1',
    summary: {
      id: [
        'Pemetaan layanan UPTD PPA mitra selesai terlambat. Pelatihan pendamping psikososial belum terlaksana karena keterbatasan tenaga layanan.',
      ],
      en: [
        'Mapping of partner UPTD PPA services was finished late. Training of psychosocial support workers has not yet taken place because of limited service staff.',
      ],
    },
    reviewStatus: 'approved',
    isIllustrative: true,
  },
  {
    commitmentSlug: 'koordinasi-penurunan-konten-platform',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    periodLabel: '2026 Semester 1',
    summary: {
      id: ['Mekanisme koordinasi penurunan konten dengan platform digital disusun.'],
      en: ['A takedown coordination mechanism with digital platforms was drawn up.'],
    },
    reviewStatus: 'approved',
    isIllustrative: true,
  },
]

// ---------------------------------------------------------------------------------------
// Indicators with published values (FACTS.md §4)
// ---------------------------------------------------------------------------------------

export const seedIndicators: SeedIndicator[] = [
  {
    code: 'ESA-MONITOR',
    name: {
      id: 'Kasus eksploitasi seksual anak (ESA) yang ditemukan pemantauan ECPAT Indonesia',
      en: 'Child sexual exploitation (ESA) cases found by ECPAT Indonesia monitoring',
    },
    unit: 'kasus',
    // The aim is fewer children exploited, even though better monitoring can find more cases.
    direction: 'lower-is-better',
    description: {
      id: 'Jumlah kasus eksploitasi seksual anak yang ditemukan melalui pemantauan ECPAT Indonesia.',
      en: 'Number of child sexual exploitation cases found through ECPAT Indonesia’s monitoring.',
    },
    source: { name: '[JOM] (ECPAT Indonesia, Safer Internet Day 2024 press release)' },
    baseline: { year: 2022, value: 805 },
    values: [
      {
        periodLabel: '2021–2022',
        year: 2022,
        value: 805,
        source: '[JOM] (ECPAT Indonesia, Safer Internet Day 2024 press release)',
        note: { id: 'Periode 2021–2022.', en: 'Period 2021–2022.' },
      },
    ],
  },
  {
    // The 2022 "IWF portal from Indonesia" and 2023 "IWF–Indonesia portal" figures describe
    // the same portal (launched for Indonesia on 16 June 2020), so they form one series;
    // each value keeps its own source.
    code: 'IWF-PORTAL-REPORTS',
    name: {
      id: 'Laporan ke portal IWF–Indonesia',
      en: 'Reports to the IWF–Indonesia portal',
    },
    unit: 'laporan',
    // Low reporting by victims is a named challenge, so more reports is the better sign.
    direction: 'higher-is-better',
    description: {
      id: 'Jumlah laporan dari Indonesia yang masuk ke portal pelaporan IWF–ECPAT Indonesia.',
      en: 'Number of reports from Indonesia made to the IWF–ECPAT Indonesia reporting portal.',
    },
    source: { name: '[JOM]' },
    baseline: { year: 2022, value: 481 },
    values: [
      {
        periodLabel: '2022',
        year: 2022,
        value: 481,
        source: '[JOM] (ECPAT Indonesia portal report 2022)',
      },
      {
        periodLabel: '2023',
        year: 2023,
        value: 897,
        source: '[JOM] (Rekapitulasi Portal IWF-Indonesia 2023)',
      },
    ],
  },
  {
    code: 'IWF-ACTIONABLE-SHARE',
    name: {
      id: 'Persentase laporan portal yang dapat ditindaklanjuti',
      en: 'Share of portal reports that were actionable',
    },
    unit: '%',
    direction: 'higher-is-better',
    description: {
      id: 'Persentase laporan ke portal IWF–Indonesia yang dapat ditindaklanjuti.',
      en: 'Share of reports to the IWF–Indonesia portal that were actionable.',
    },
    source: { name: '[JOM]' },
    values: [
      {
        periodLabel: '2023',
        year: 2023,
        // The source gives only a range; the upper bound is stored and the note keeps the range.
        value: 27,
        source: '[JOM]',
        note: { id: 'Rentang 10–27 %.', en: 'Range 10–27 %.' },
      },
    ],
  },
  {
    code: 'INTERNET-USERS',
    name: { id: 'Pengguna internet di Indonesia', en: 'Internet users in Indonesia' },
    unit: 'juta orang',
    // A context figure; wider access is the stated direction of digital policy.
    direction: 'higher-is-better',
    description: {
      id: 'Jumlah pengguna internet di Indonesia.',
      en: 'Number of internet users in Indonesia.',
    },
    source: { name: '[JOM] (APJII via Hardianti et al. 2023)' },
    baseline: { year: 2023, value: 215.6 },
    values: [
      {
        periodLabel: '2023',
        year: 2023,
        value: 215.6,
        source: '[JOM] (APJII via Hardianti et al. 2023)',
        note: { id: '78,19 % dari penduduk.', en: '78.19 % of the population.' },
      },
    ],
  },
  {
    code: 'CHILD-INTERNET-USE',
    name: {
      id: 'Penggunaan internet oleh anak usia 6–17 tahun',
      en: 'Internet use among children aged 6–17',
    },
    unit: '%',
    // The Roadmap aims at safe use, not less use, so this is read as a reach figure.
    direction: 'higher-is-better',
    description: {
      id: 'Persentase anak usia 6–17 tahun yang menggunakan internet.',
      en: 'Share of children aged 6–17 who use the internet.',
    },
    source: { name: '[JOM] (ECPAT, KemenPPPA, KPAI, UNICEF surveys)' },
    values: [
      {
        periodLabel: '—',
        year: null,
        value: 99,
        source: '[JOM] (ECPAT, KemenPPPA, KPAI, UNICEF surveys)',
        note: {
          id: 'Hingga 99 %; sumber tidak menyebut periode.',
          en: 'Up to 99 %; the source gives no period.',
        },
      },
    ],
  },
  {
    code: 'OCSEA-UNDISCLOSED',
    name: {
      id: 'Insiden OCSEA yang tidak diungkapkan atau dilaporkan oleh anak korban',
      en: 'OCSEA incidents not disclosed or reported by child victims',
    },
    unit: '%',
    direction: 'lower-is-better',
    description: {
      id: 'Persentase insiden eksploitasi dan kekerasan seksual anak daring yang tidak diungkapkan atau dilaporkan oleh anak korban.',
      en: 'Share of online child sexual exploitation and abuse incidents that child victims did not disclose or report.',
    },
    source: { name: '[JOM] (UNICEF Indonesia)' },
    baseline: { year: 2021, value: 56 },
    values: [
      {
        periodLabel: 'Survei 2021',
        year: 2021,
        value: 56,
        source: '[JOM] (UNICEF Indonesia)',
        note: { id: 'Hingga 56 %.', en: 'Up to 56 %.' },
      },
    ],
  },
]

// ---------------------------------------------------------------------------------------
// Site settings and demo users
// ---------------------------------------------------------------------------------------

export const seedSiteSettings: SeedSiteSettings = {
  title: { id: 'Lentera', en: 'Lentera' },
  tagline: {
    id: 'Transparansi Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan 2025–2029',
    en: 'Transparency for the Roadmap for the Protection of Children Online 2025–2029',
  },
  about: {
    id: [
      'Lentera adalah situs transparansi untuk Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan Tahun 2025–2029 (Peraturan Presiden Nomor 87 Tahun 2025). Situs ini menampilkan struktur Peta Jalan, komitmen para mitra, tonggak capaian, laporan kemajuan, dan indikator.',
      'Data yang ditampilkan saat ini adalah data contoh. Status, tanggal, tonggak capaian, dan angka kemajuan yang ditandai sebagai data contoh bersifat ilustratif dan bukan data resmi. Fakta dan angka yang bersumber dicantumkan bersama sumbernya.',
      'Kendala pelaksanaan, seperti komitmen yang berisiko atau terlambat, ditampilkan apa adanya.',
    ],
    en: [
      'Lentera is the transparency site for the Roadmap for the Protection of Children Online 2025–2029 (Presidential Regulation No. 87 of 2025). It shows the Roadmap’s structure, partners’ commitments, milestones, progress reports and indicators.',
      'The data shown at the moment is demo data. Statuses, dates, milestones and progress figures marked as demo data are illustrative and not official. Sourced facts and figures are shown with their sources.',
      'Gaps in implementation, such as commitments at risk or delayed, are shown as they are.',
    ],
  },
  contactEmail: 'sekretariat@example.org',
}

export const seedUsers: SeedUser[] = [
  { email: 'admin@example.org', name: 'Admin Lentera', roles: ['admin'] },
  { email: 'sekretariat@example.org', name: 'Sekretariat Peta Jalan', roles: ['secretariat'] },
  { email: 'kemenpppa@example.org', name: 'Mitra KemenPPPA', roles: ['partner'], organization: 'kemenpppa' },
  { email: 'komdigi@example.org', name: 'Mitra Komdigi', roles: ['partner'], organization: 'komdigi' },
  { email: 'ecpat@example.org', name: 'Mitra ECPAT Indonesia', roles: ['partner'], organization: 'ecpat-indonesia' },
]
