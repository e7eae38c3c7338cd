import { HomePage, homeMetadata } from '../../../site/pages/HomePage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => homeMetadata('en')

export default function Page() {
  return <HomePage lang="en" />
}
