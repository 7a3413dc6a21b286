/**
 * Subscription connections per user on this gateway instance. Counted in memory: a count in Redis would
 * outlive a crashed instance's sockets, and a limit per instance still bounds what one user holds.
 */
export class UserConnections {
  readonly #counts = new Map<string, number>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  /** Takes one of the user's places; false when they hold them all. Call the returned release exactly once. */
  acquire(userId: string): (() => void) | null {
    const count = this.#counts.get(userId) ?? 0;
    if (count >= this.#max) return null;
    this.#counts.set(userId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.#counts.get(userId) ?? 1) - 1;
      if (left <= 0) this.#counts.delete(userId);
      else this.#counts.set(userId, left);
    };
  }
}
