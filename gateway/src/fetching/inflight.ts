/**
 * Identical requests asked while one is already on its way share its answer instead of asking again.
 * The key must hold everything the answer depends on (who asks included); the shared value is
 * immutable (text), so each caller parses its own copy and may change it freely.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /** `run()`'s promise, or the one already pending under `key`; `joined` says which. */
  share(key: string, run: () => Promise<T>): { answer: Promise<T>; joined: boolean } {
    const pending = this.pending.get(key);
    if (pending) return { answer: pending, joined: true };
    const answer = run().finally(() => this.pending.delete(key));
    this.pending.set(key, answer);
    return { answer, joined: false };
  }

  get size(): number {
    return this.pending.size;
  }
}
