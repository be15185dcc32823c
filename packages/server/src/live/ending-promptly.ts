/**
 * A subscription's events from `generator`, which reads announcements from `source`; stopping
 * it (the client completes the operation, the socket closes) ends `source` first.
 *
 * Why: an async generator waiting inside `for await` for the next announcement cannot be
 * returned until it yields again (the language queues `return()` behind the pending `next()`),
 * so without this a stopped subscription would still read, resolve and audit one more event
 * — the next change after it stopped — that its client is never sent. Ending the source makes
 * the waiting loop finish at once.
 */
export function endingPromptly<T>(source: AsyncIterator<unknown>, generator: AsyncGenerator<T>): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    next: () => generator.next(),
    return: async (value?: unknown) => {
      await source.return?.();
      return generator.return(value);
    },
    throw: async (error?: unknown) => {
      await source.return?.();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
