export { event, entities } from './subgraph.ts';
export { ReviewEntity, type ReviewRow } from './entities/Review.ts';
export { seedReviews, type SeededRating } from './seed.ts';
export { seedBookings, seedCoupleId, type SeedVendorTerms } from './seedBookings.ts';
export { eventConfig } from './config.ts';
