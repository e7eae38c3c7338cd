import { StatusPage, statusMetadata } from '../../../site/pages/StatusPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => statusMetadata('id')

export default function Page() {
  return <StatusPage lang="id" />
}
