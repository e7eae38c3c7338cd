import { OpenDataPage, openDataMetadata } from '../../../site/pages/OpenDataPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => openDataMetadata('id')

export default function Page() {
  return <OpenDataPage lang="id" />
}
