import type { AgentState } from "./agent";

/** Binary min-heap of (time, agent): the next agent that has something to do. */
export class AgentSchedule {
  private readonly heap: Array<{ at: number; agent: AgentState }> = [];

  get size(): number {
    return this.heap.length;
  }

  push(at: number, agent: AgentState): void {
    this.heap.push({ at, agent });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].at <= this.heap[i].at) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  peekTime(): number {
    return this.heap.length > 0 ? this.heap[0].at : Infinity;
  }

  pop(): { at: number; agent: AgentState } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.heap[left].at < this.heap[smallest].at) smallest = left;
      if (right < this.heap.length && this.heap[right].at < this.heap[smallest].at) smallest = right;
      if (smallest === i) return;
      [this.heap[smallest], this.heap[i]] = [this.heap[i], this.heap[smallest]];
      i = smallest;
    }
  }
}
