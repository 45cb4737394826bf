/**
 * Group commit for the webhook: deliveries that arrive while a write is being prepared or in flight are
 * written together in one statement, and each is acknowledged only after ITS write committed. Fewer
 * commits (fsyncs) under load, the same durability as one write per delivery.
 */
export class WriteBatcher<T> {
  private pending: { items: T[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly options: { maxItems?: number; maxInFlight?: number } = {},
  ) {}

  add(items: T[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.scheduled || this.pending.length === 0 || this.inFlight >= (this.options.maxInFlight ?? 4))
      return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const max = this.options.maxItems ?? 500;
    const batch: typeof this.pending = [];
    let count = 0;
    while (this.pending.length && (count === 0 || count + this.pending[0]!.items.length <= max)) {
      const next = this.pending.shift()!;
      batch.push(next);
      count += next.items.length;
    }
    if (!batch.length) return;
    this.inFlight += 1;
    this.write(batch.flatMap((b) => b.items))
      .then(
        () => batch.forEach((b) => b.resolve()),
        (err) => batch.forEach((b) => b.reject(err)),
      )
      .finally(() => {
        this.inFlight -= 1;
        this.kick();
      });
    this.kick();
  }
}
