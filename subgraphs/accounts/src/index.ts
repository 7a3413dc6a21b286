export { accounts } from './subgraph.ts';
export { UserEntity, type UserRow } from './entities/User.ts';
