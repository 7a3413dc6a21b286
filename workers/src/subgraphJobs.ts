import { mediaJobs } from '@zaffa/media/jobs';
import type { SubgraphJobs } from '@zaffa/shared';
import { vendorJobs } from '@zaffa/vendor/jobs';

/** Every subgraph that has jobs; one with new jobs adds its line here (and its queues to the registry in `shared`). */
export const subgraphJobs: SubgraphJobs[] = [vendorJobs, mediaJobs];
