export { vendor } from './subgraph.ts';
export { VendorEntity, type VendorRow } from './entities/Vendor.ts';
export { categories, categoryId } from './categories.ts';
export { placeId } from './places.ts';
