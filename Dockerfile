# One image per deployable, each a target of this file: docker build --target vendor -t zaffa-vendor .
# Node 24 runs the TypeScript sources directly; each image installs only its own workspace's dependencies.
FROM node:24-slim AS manifests
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
# npm ci checks the whole lockfile, so every workspace's manifest is needed even to install one.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY gateway/playground/package.json gateway/playground/
COPY workers/package.json workers/
COPY subgraphs/accounts/package.json subgraphs/accounts/
COPY subgraphs/vendor/package.json subgraphs/vendor/
COPY subgraphs/event/package.json subgraphs/event/
COPY subgraphs/media/package.json subgraphs/media/
COPY subgraphs/messaging/package.json subgraphs/messaging/
COPY shared/src shared/src
# The media store: a volume shared by media, workers and gateway; made here so it belongs to `node`.
RUN mkdir -p /data/media && chown node:node /data/media

FROM manifests AS gateway
RUN npm ci --omit=dev --workspace @zaffa/gateway && npm cache clean --force
COPY gateway gateway
# The staff playground's static files (GraphiQL), bundled here so the image serves them with no outside request.
RUN node gateway/playground/build.ts
USER node
EXPOSE 4000
CMD ["node", "gateway/src/main.ts"]

FROM manifests AS accounts
RUN npm ci --omit=dev --workspace @zaffa/accounts && npm cache clean --force
COPY subgraphs/accounts subgraphs/accounts
USER node
EXPOSE 4001
CMD ["node", "subgraphs/accounts/src/main.ts"]

FROM manifests AS vendor
RUN npm ci --omit=dev --workspace @zaffa/vendor && npm cache clean --force
COPY subgraphs/vendor subgraphs/vendor
USER node
EXPOSE 4002
CMD ["node", "subgraphs/vendor/src/main.ts"]

FROM manifests AS event
RUN npm ci --omit=dev --workspace @zaffa/event && npm cache clean --force
COPY subgraphs/event subgraphs/event
USER node
EXPOSE 4003
CMD ["node", "subgraphs/event/src/main.ts"]

FROM manifests AS media
RUN npm ci --omit=dev --workspace @zaffa/media && npm cache clean --force
COPY subgraphs/media subgraphs/media
USER node
EXPOSE 4004
CMD ["node", "subgraphs/media/src/main.ts"]

FROM manifests AS messaging
RUN npm ci --omit=dev --workspace @zaffa/messaging && npm cache clean --force
COPY subgraphs/messaging subgraphs/messaging
USER node
EXPOSE 4006
CMD ["node", "subgraphs/messaging/src/main.ts"]

# Workers run jobs for several subgraphs and import their code.
FROM manifests AS workers
RUN npm ci --omit=dev --workspace @zaffa/workers && npm cache clean --force
COPY subgraphs subgraphs
COPY workers workers
USER node
EXPOSE 4005
CMD ["node", "workers/src/main.ts"]
