import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'

export const Breadcrumbs = ({ lang, items }: { lang: Lang; items: { label: string; path?: string }[] }) => (
  <nav aria-label={TEXT[lang].breadcrumb} className="breadcrumbs">
    <ol>
      <li>
        <a href={pathFor(lang, '/')}>{TEXT[lang].nav.home}</a>
      </li>
      {items.map((item, index) => (
        <li key={`${item.label}-${index}`}>
          {item.path && index < items.length - 1 ? (
            <a href={pathFor(lang, item.path)}>{item.label}</a>
          ) : (
            <span aria-current={index === items.length - 1 ? 'page' : undefined}>{item.label}</span>
          )}
        </li>
      ))}
    </ol>
  </nav>
)
