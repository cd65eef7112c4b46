type HookLists = Record<string, readonly unknown[] | undefined>

/**
 * A feature's hooks added to a collection's or global's own: `after` run after the ones already
 * there, `before` ahead of them. A plugin adds behaviour this way and never replaces a hook.
 */
export const addHooks = <Hooks extends object>(
  own: Hooks | undefined,
  after: Hooks,
  before: Partial<Hooks> = {},
): Hooks => {
  const merged: HookLists = { ...(own as HookLists | undefined) }
  for (const [name, hooks] of Object.entries(before as HookLists)) merged[name] = [...(hooks ?? []), ...(merged[name] ?? [])]
  for (const [name, hooks] of Object.entries(after as HookLists)) merged[name] = [...(merged[name] ?? []), ...(hooks ?? [])]
  return merged as Hooks
}
