import { describe, expect, it } from 'vitest';
import { readAgain } from './read-again';

describe('reading a query again', () => {
  it('waits for the read', async () => {
    const order: string[] = [];
    const read = await readAgain(async () => {
      await Promise.resolve();
      order.push('read');
    });
    order.push('after');
    expect(read).toBe(true);
    expect(order).toEqual(['read', 'after']);
  });

  it('resolves when Apollo aborts the read (replaced by a newer read, or the screen was left)', async () => {
    const aborted = () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    await expect(readAgain(aborted)).resolves.toBe(false);
  });

  it('resolves when the read fails: the failure is the query’s to show, not the change’s', async () => {
    await expect(readAgain(() => Promise.reject(new Error('Failed to fetch')))).resolves.toBe(false);
  });
});
