import { z } from 'zod';
import { defineConfig } from '@zaffa/shared';

/** What `npm start` itself reads, beyond the services' own variables. */
export const startConfig = defineConfig({
  service: 'npm start',
  variables: {
    SEED_DEMO: {
      schema: z.stringbool().default(true),
      description:
        '`npm start` fills empty databases with the demo catalogue (never in production, never over data); `false` (or `npm start -- --no-seed`) skips it.',
    },
  },
});
