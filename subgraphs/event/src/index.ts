export { event } from './subgraph.ts';
export { ReviewEntity, type ReviewRow } from './entities/Review.ts';
export { seedReviews, type SeededRating } from './seed.ts';
export { eventConfig } from './config.ts';
