import { StatusPage, statusMetadata } from '../../../../site/pages/StatusPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => statusMetadata('en')

export default function Page() {
  return <StatusPage lang="en" />
}
