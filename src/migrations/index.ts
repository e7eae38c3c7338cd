import * as migration_20261129_174616_initial from './20261129_174616_initial';
import * as migration_20261129_185615_issue3 from './20261129_185615_issue3';
import * as migration_20261129_195757_review_requests from './20261129_195757_review_requests';
import * as migration_20261129_200537_media_visibility from './20261129_200537_media_visibility';
import * as migration_20261129_201811_audit_document_updated_at from './20261129_201811_audit_document_updated_at';
import * as migration_20261129_202433_report_approved_at from './20261129_202433_report_approved_at';
import * as migration_20261130_020000_search_words from './20261130_020000_search_words';

export const migrations = [
  {
    up: migration_20261129_174616_initial.up,
    down: migration_20261129_174616_initial.down,
    name: '20261129_174616_initial',
  },
  {
    up: migration_20261129_185615_issue3.up,
    down: migration_20261129_185615_issue3.down,
    name: '20261129_185615_issue3',
  },
  {
    up: migration_20261129_195757_review_requests.up,
    down: migration_20261129_195757_review_requests.down,
    name: '20261129_195757_review_requests',
  },
  {
    up: migration_20261129_200537_media_visibility.up,
    down: migration_20261129_200537_media_visibility.down,
    name: '20261129_200537_media_visibility',
  },
  {
    up: migration_20261129_201811_audit_document_updated_at.up,
    down: migration_20261129_201811_audit_document_updated_at.down,
    name: '20261129_201811_audit_document_updated_at',
  },
  {
    up: migration_20261129_202433_report_approved_at.up,
    down: migration_20261129_202433_report_approved_at.down,
    name: '20261129_202433_report_approved_at'
  },
  {
    up: migration_20261130_020000_search_words.up,
    down: migration_20261130_020000_search_words.down,
    name: '20261130_020000_search_words',
  },
];
