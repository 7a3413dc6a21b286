import { z } from 'zod';
import { defineConfig, portVariable, subgraphSecretVariables } from '@zaffa/shared';

/** The messaging subgraph's variables: its port. */
export const messagingConfig = defineConfig({
  service: 'messaging',
  port: 'MESSAGING_PORT',
  variables: {
    MESSAGING_PORT: portVariable(4006, 'Port of the messaging subgraph.'),
    ...subgraphSecretVariables,
  },
});

export type MessagingSettings = ReturnType<typeof messagingConfig.load>;

/** What messaging's jobs read in the workers process: where pushes go, how often response figures are recomputed. */
export const messagingJobsConfig = defineConfig({
  service: 'workers',
  variables: {
    PUSH_PROVIDER: {
      schema: z.enum(['log', 'fcm']).optional(),
      description:
        'Where push notifications go: `fcm` (Firebase Cloud Messaging, needs `FCM_SERVICE_ACCOUNT`) or `log`. Default: `fcm` when a service account is set, `log` otherwise.',
    },
    FCM_SERVICE_ACCOUNT: {
      schema: z.string().includes('private_key').optional(),
      description: "The Firebase project's service-account key, as the JSON file Google hands out (its content, not a path).",
      sensitive: true,
    },
    FCM_API_URL: {
      schema: z.url().default('https://fcm.googleapis.com'),
      description: "Origin of FCM's HTTP v1 API (changed only to talk to a stand-in).",
    },
    RESPONSE_STATS_INTERVAL_MS: {
      schema: z.coerce.number().int().min(10_000).default(3_600_000),
      description: "How often the workers recompute every vendor's response time and reply rate.",
    },
    MESSAGE_NOTIFY_AFTER_READ_S: {
      schema: z.coerce.number().int().min(0).default(60),
      description:
        'A recipient who read the conversation this recently is taken to be reading it, and gets no notification for a new message.',
    },
  },
});
