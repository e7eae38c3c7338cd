import * as migration_20261129_174616_initial from './20261129_174616_initial';

export const migrations = [
  {
    up: migration_20261129_174616_initial.up,
    down: migration_20261129_174616_initial.down,
    name: '20261129_174616_initial'
  },
];
