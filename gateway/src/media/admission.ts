import type { RequestHandler } from 'express';

/**
 * Reads at most `limit` uploads at once. The others wait unread: Node stops reading a socket whose request
 * nobody consumes, so their bytes stay in the kernel's TCP windows and the clients' buffers, not in our
 * memory. A burst of thousands of uploads then costs a queue, not a gigabyte.
 */
export function uploadAdmission(limit: number): RequestHandler {
  let active = 0;
  const waiting = new Set<() => void>();
  const admitNext = () => {
    const [next] = waiting;
    if (next) {
      waiting.delete(next);
      next();
    }
  };
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    let admitted = false;
    const admit = () => {
      admitted = true;
      active++;
      req.socket.resume();
      next();
    };
    res.once('close', () => {
      if (!admitted) return void waiting.delete(admit);
      active--;
      admitNext();
    });
    if (active < limit) return admit();
    // Stop reading this socket at once: what the client sends next waits in its TCP window, not here.
    req.socket.pause();
    waiting.add(admit);
  };
}
