import * as migration_20261121_233229_initial from './20261121_233229_initial';
import * as migration_20261121_234510_media_original_filename from './20261121_234510_media_original_filename';

export const migrations = [
  {
    up: migration_20261121_233229_initial.up,
    down: migration_20261121_233229_initial.down,
    name: '20261121_233229_initial',
  },
  {
    up: migration_20261121_234510_media_original_filename.up,
    down: migration_20261121_234510_media_original_filename.down,
    name: '20261121_234510_media_original_filename'
  },
];
