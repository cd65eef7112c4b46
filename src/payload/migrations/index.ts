import * as migration_20261121_233229_initial from './20261121_233229_initial';

export const migrations = [
  {
    up: migration_20261121_233229_initial.up,
    down: migration_20261121_233229_initial.down,
    name: '20261121_233229_initial'
  },
];
