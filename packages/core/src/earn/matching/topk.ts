/**
 * Bounded top-k selection: a min-heap whose root is the worst of the best k seen so far.
 * Order: higher raw first; equal raw → `before(a, b)` (true when item a ranks before item b).
 */
export class TopK {
  private readonly raws: Float64Array;
  private readonly items: Int32Array;
  size = 0;

  constructor(
    readonly k: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.raws = new Float64Array(Math.max(1, k));
    this.items = new Int32Array(Math.max(1, k));
  }

  get full(): boolean {
    return this.size >= this.k;
  }

  /** Raw value of the current k-th best (−Infinity until k items are held). */
  get threshold(): number {
    return this.full && this.k > 0 ? this.raws[0]! : -Infinity;
  }

  /** i ranks below j. */
  private worse(rawI: number, itemI: number, rawJ: number, itemJ: number): boolean {
    return rawI < rawJ || (rawI === rawJ && this.before(itemJ, itemI));
  }

  offer(raw: number, item: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(raw, item, this.raws[p]!, this.items[p]!)) break;
        this.raws[i] = this.raws[p]!;
        this.items[i] = this.items[p]!;
        i = p;
      }
      this.raws[i] = raw;
      this.items[i] = item;
      return;
    }
    if (!this.worse(this.raws[0]!, this.items[0]!, raw, item)) return;
    this.siftDown(raw, item);
  }

  private siftDown(raw: number, item: number): void {
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.worse(this.raws[r]!, this.items[r]!, this.raws[l]!, this.items[l]!)) c = r;
      if (!this.worse(this.raws[c]!, this.items[c]!, raw, item)) break;
      this.raws[i] = this.raws[c]!;
      this.items[i] = this.items[c]!;
      i = c;
    }
    this.raws[i] = raw;
    this.items[i] = item;
  }

  /** Best first. */
  sorted(): { raw: number; item: number }[] {
    const out: { raw: number; item: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ raw: this.raws[i]!, item: this.items[i]! });
    return out.sort((a, b) => (a.raw !== b.raw ? b.raw - a.raw : this.before(a.item, b.item) ? -1 : 1));
  }
}
