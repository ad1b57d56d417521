import * as migration_20261123_194118_initial from './20261123_194118_initial';
import * as migration_20261123_195205_content_model from './20261123_195205_content_model';
import * as migration_20261123_202658_review_workflow from './20261123_202658_review_workflow';
import * as migration_20261201_174306_webhooks from './20261201_174306_webhooks';
import * as migration_20261201_195055_media_storage_fields from './20261201_195055_media_storage_fields';
import * as migration_20261201_204504_api_keys_and_shared_limits from './20261201_204504_api_keys_and_shared_limits';
import * as migration_20261201_223804_stories_index_global from './20261201_223804_stories_index_global';
import * as migration_20261201_232716_account_verification from './20261201_232716_account_verification';

export const migrations = [
  {
    up: migration_20261123_194118_initial.up,
    down: migration_20261123_194118_initial.down,
    name: '20261123_194118_initial',
  },
  {
    up: migration_20261123_195205_content_model.up,
    down: migration_20261123_195205_content_model.down,
    name: '20261123_195205_content_model',
  },
  {
    up: migration_20261123_202658_review_workflow.up,
    down: migration_20261123_202658_review_workflow.down,
    name: '20261123_202658_review_workflow',
  },
  {
    up: migration_20261201_174306_webhooks.up,
    down: migration_20261201_174306_webhooks.down,
    name: '20261201_174306_webhooks',
  },
  {
    up: migration_20261201_195055_media_storage_fields.up,
    down: migration_20261201_195055_media_storage_fields.down,
    name: '20261201_195055_media_storage_fields',
  },
  {
    up: migration_20261201_204504_api_keys_and_shared_limits.up,
    down: migration_20261201_204504_api_keys_and_shared_limits.down,
    name: '20261201_204504_api_keys_and_shared_limits',
  },
  {
    up: migration_20261201_223804_stories_index_global.up,
    down: migration_20261201_223804_stories_index_global.down,
    name: '20261201_223804_stories_index_global',
  },
  {
    up: migration_20261201_232716_account_verification.up,
    down: migration_20261201_232716_account_verification.down,
    name: '20261201_232716_account_verification'
  },
];
