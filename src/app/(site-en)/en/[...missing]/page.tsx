import { NotFoundPage, notFoundMetadata } from '../../../../site/pages/NotFoundPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => notFoundMetadata('en')

/** Any other path in this language: the site's own 404 page. */
export default function MissingPage() {
  return <NotFoundPage lang="en" />
}
