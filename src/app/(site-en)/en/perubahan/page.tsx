import { ChangesPage, changesMetadata } from '../../../../site/pages/ChangesPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => changesMetadata('en')

export default function Page() {
  return <ChangesPage lang="en" />
}
