import type { DatabaseAdapterObj, SelectType } from 'payload'

/** The context key of a create whose caller needs only some fields of the new document back. */
export const READ_BACK = 'va:readBack'

/** The context of such a create: `payload.create({ …, select, context: readBackOnly(select) })`. */
export const readBackOnly = (select: SelectType) => ({ [READ_BACK]: select })

/**
 * Payload's create operation has the database read the new row back in full — every column and
 * every array table joined in — whatever `select` its caller gave, and only then trims the
 * result. The adapters can read back just the selected fields (their `create` takes `select`);
 * a create that says so in its context (readBackOnly) gets that. The public enquiry intake uses
 * it: reading back a whole case cost it about 0.5 ms of CPU per submission on SQLite
 * (bench/enquiries-concurrency.ts). Hooks after the write see only the selected fields then, so
 * it is for creates whose collection's afterChange hooks need nothing else.
 */
export const withSelectiveReadBack = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const create = instance.create.bind(instance)
    instance.create = (createArgs) => {
      const select = createArgs.req?.context?.[READ_BACK] as SelectType | undefined
      return create(select && !createArgs.select ? { ...createArgs, select } : createArgs)
    }
    return instance
  },
})
