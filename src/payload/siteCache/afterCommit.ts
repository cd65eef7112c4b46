import type { BasePayload, PayloadRequest } from 'payload'

type TransactionID = number | string
type Callback = () => unknown
type Transactions = Pick<BasePayload['db'], 'commitTransaction' | 'rollbackTransaction'>

/** Callbacks waiting for their transaction to commit, by transaction. */
const waiting = new Map<TransactionID, Callback[]>()
const installed = new WeakSet<object>()

/**
 * Payload runs afterChange hooks inside the operation's transaction, before it commits: anything
 * another process reads at that moment (the public site re-rendering after a purge) still sees
 * the old data. This wraps the adapter's commit once so that callbacks registered with
 * `afterCommit` run right after the commit and before Payload answers the request.
 */
export const installAfterCommit = (db: Transactions): void => {
  if (installed.has(db)) return
  installed.add(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    const key = await id
    const callbacks = waiting.get(key) ?? []
    waiting.delete(key)
    await Promise.allSettled(callbacks.map(async (callback) => callback()))
  }
  db.rollbackTransaction = async (id) => {
    await rollback(id)
    waiting.delete(await id)
  }
}

/**
 * A transaction id is a string or a number. On an adapter without transactions (SQLite here)
 * Payload leaves a settled Promise of null in `req.transactionID`, and its dataloader, which
 * copies the id through JSON, turns that into `{}` on the request: not a transaction, and
 * waiting for its commit would wait forever (a REST delete then never purged the site).
 */
export const transactionOf = (value: unknown): TransactionID | null =>
  (typeof value === 'string' && value !== '') || typeof value === 'number' ? value : null

/** Runs `callback` once the request's transaction has committed: at once when it has none; never when it rolls back. */
export const afterCommit = async (req: Pick<PayloadRequest, 'transactionID'>, callback: Callback): Promise<void> => {
  const id = transactionOf(await req.transactionID)
  if (id === null) {
    await callback()
    return
  }
  waiting.set(id, [...(waiting.get(id) ?? []), callback])
}
