// The upload benchmark's ceiling: an HTTP server that reads each request's body to the end, discards it, and
// answers a small JSON body, as the gateway would. Prints its port on stdout once listening.
import http from 'node:http';

const server = http.createServer((req, res) => {
  let bytes = 0;
  req.on('data', (chunk: Buffer) => (bytes += chunk.length));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { uploadMedia: { media: { id: `sink-${bytes}`, status: 'PENDING' } } } }));
  });
});
server.keepAliveTimeout = 65_000;
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
  console.log((server.address() as { port: number }).port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
