export { accounts } from './subgraph.ts';
export { UserEntity, type UserRow } from './entities/User.ts';
export { createStaffAccount } from './staff.ts';
export { migrations as accountsMigrations } from './migrations/index.ts';
export { RefreshTokenEntity } from './entities/RefreshToken.ts';
