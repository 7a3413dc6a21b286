export { event, entities } from './subgraph.ts';
export { ReviewEntity, type ReviewRow } from './entities/Review.ts';
export { seedReviews, type SeededRating } from './seed.ts';
export { eventJobHandlers, scheduleEventJobs } from './jobs/index.ts';
export { loadEventSettings, type EventSettings } from './settings.ts';
export { migrations } from './migrations/index.ts';
