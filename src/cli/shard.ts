import { UsageError } from "../errors.js";

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

/** "2/4" -> { index: 2, count: 4 } */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 <= i <= n (such as 2/4), not "${value}".`);
  }
  return { index, count };
}

/**
 * This shard's share of the files: the paths are sorted (so the split does
 * not depend on the order the file system lists them) and dealt out in
 * turn, so n jobs given the same file list check every file exactly once and
 * get nearly equal shares. The kept files stay in their original order.
 */
export function inShard<T extends { path: string }>(items: T[], { index, count }: Shard): T[] {
  const sorted = [...new Set(items.map((item) => item.path))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mine = new Set(sorted.filter((_, position) => position % count === index - 1));
  return items.filter((item) => mine.has(item.path));
}
