import { notFound } from 'next/navigation'

/** Any other path in this language: the site's own 404 page. */
export default function MissingPage() {
  notFound()
}
