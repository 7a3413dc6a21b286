export { accounts } from './subgraph.ts';
export { UserEntity, type UserRow } from './entities/User.ts';
export { createStaffAccount } from './staff.ts';
export { seedUsers, type SeedUser } from './seed.ts';
export { accountsConfig } from './config.ts';
