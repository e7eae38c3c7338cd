import { HomePage, homeMetadata } from '../../site/pages/HomePage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => homeMetadata('id')

export default function Page() {
  return <HomePage lang="id" />
}
