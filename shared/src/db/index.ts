export { openDatabase, type DatabaseOptions } from './openDatabase.ts';
export { ensureDatabase, databaseUrl } from './ensureDatabase.ts';
export { loaderById } from './loaderById.ts';
