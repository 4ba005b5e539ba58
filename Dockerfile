# Roundtable in one image: the built client and the server, compiled as `npm start` runs it.
# Written without a container engine at hand (none on the machines this was made on):
# plain, conventional steps; check it on yours before relying on it.

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary fits: it needs a C/C++ toolchain and Python.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile \
  && pnpm build \
  && node scripts/build-server.mjs

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=8787 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Straight to the server (no launcher), so SIGTERM from the engine reaches it: it stores every
# document, closes sockets with 1001 and exits (SHUTDOWN_TIMEOUT_MS, default 15 s; give the engine
# a longer stop timeout than that). Node's flags are scripts/serverNodeFlags.mjs's (a test checks).
CMD ["node", "--max-semi-space-size=8", "--expose-gc", "server/dist/main.js"]
