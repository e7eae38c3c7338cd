import type { Lang } from '../i18n'

/** The words of the "what changed" page that TEXT (src/site/i18n.ts) does not have. */
export const CHANGES_TEXT = {
  id: {
    title: 'Judul',
    body: 'Uraian',
    summary: 'Ringkasan',
    roadmap: 'Peta jalan',
    previouslyPublished: 'versi sebelumnya dipublikasikan',
    empty: '(kosong)',
    endInserted: 'akhir tambahan',
    endDeleted: 'akhir hapusan',
    limitNote: (limit: number) =>
      `Untuk tiap bagian ditampilkan perubahan terakhirnya: versi terbit terbaru dibandingkan dengan versi terbit sebelumnya, yang terbaru lebih dahulu, paling banyak ${limit} perubahan. Judul dan uraian dibandingkan kata demi kata.`,
    limitReached: (limit: number) => `Hanya ${limit} perubahan terbaru yang ditampilkan.`,
  },
  en: {
    title: 'Title',
    body: 'Body',
    summary: 'Summary',
    roadmap: 'Roadmap',
    previouslyPublished: 'previous version published',
    empty: '(empty)',
    endInserted: 'end of insertion',
    endDeleted: 'end of deletion',
    limitNote: (limit: number) =>
      `Each section’s latest change is shown: its newest published version compared with the one published before it, most recent first, at most ${limit} changes. Titles and bodies are compared word by word.`,
    limitReached: (limit: number) => `Only the ${limit} most recent changes are shown.`,
  },
} as const satisfies Record<Lang, Record<string, unknown>>
