export { event } from './subgraph.ts';
export { ReviewEntity, type ReviewRow } from './entities/Review.ts';
