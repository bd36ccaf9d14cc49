import type { FleetEvent } from "./devices";

/** FIFO with an advancing head, so taking a batch off a large queue does not shift the whole array. */
export class EventQueue {
  private items: FleetEvent[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(event: FleetEvent): void {
    this.items.push(event);
  }

  take(count: number): FleetEvent[] {
    const batch = this.items.slice(this.head, this.head + count);
    this.head += batch.length;
    if (this.head > 65_536 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return batch;
  }
}
