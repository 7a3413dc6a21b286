import { defineConfig, portVariable } from '@zaffa/shared';

/** The event subgraph's variables: only its port beside the kernel's base. */
export const eventConfig = defineConfig({
  service: 'event',
  port: 'EVENT_PORT',
  variables: {
    EVENT_PORT: portVariable(4003, 'Port of the event subgraph.'),
  },
});
