export type WindowDecision = { allowed: boolean; times: number[] }

/**
 * The sliding-window rule: of the attempts a key made, those inside the window count; one more
 * is allowed while fewer than `limit` count, and a refused attempt is not counted.
 */
export const slideWindow = (times: readonly number[], now: number, limit: number, windowMs: number): WindowDecision => {
  const recent = times.filter((at) => at > now - windowMs)
  return recent.length >= limit ? { allowed: false, times: recent } : { allowed: true, times: [...recent, now] }
}

/**
 * Where the attempts are kept. `take` reads a key's attempts, applies `decide` and stores what
 * it returns, as one atomic step (also across processes, for a shared store). A store in this
 * machine answers at once; one in the database (several hosts) answers later.
 */
export interface HitStore {
  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): boolean | Promise<boolean>
  /**
   * Takes the steps one after another, as one atomic step, and stops at the first refused: how
   * many were allowed (`steps.length` when all were). The refused step is stored as `decide`
   * returned it; the steps after it are not taken. One submission's checks (its challenge, its
   * address, its phone) are one transaction, not three.
   */
  takeInTurn(steps: readonly HitStep[]): number | Promise<number>
}

/** One attempt to count: a key, the rule that decides it and how long its entry is kept. */
export type HitStep = { key: string; decide: (times: readonly number[]) => WindowDecision; keepMs: number }

/** `takeInTurn` for a store whose `take` is atomic on its own. */
export const takeOneByOne = async (store: Pick<HitStore, 'take'>, steps: readonly HitStep[]): Promise<number> => {
  for (const [index, { key, decide, keepMs }] of steps.entries()) if (!(await store.take(key, decide, keepMs))) return index
  return steps.length
}

/** Attempts in this process's memory: tests, the dev server, one-process runs. */
export class MemoryHitStore implements HitStore {
  private readonly hits = new Map<string, number[]>()

  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): boolean {
    const { allowed, times } = decide(this.hits.get(key) ?? [])
    this.hits.set(key, times)
    if (this.hits.size > 50_000) this.prune(Date.now() - keepMs)
    return allowed
  }

  takeInTurn(steps: readonly HitStep[]): number {
    for (const [index, { key, decide, keepMs }] of steps.entries()) if (!this.take(key, decide, keepMs)) return index
    return steps.length
  }

  private prune(since: number) {
    for (const [key, times] of this.hits) if (!times.some((at) => at > since)) this.hits.delete(key)
  }
}

/** A named limit (`limit` attempts per `windowMs` for each key) over a store. */
export class RateLimiter {
  constructor(
    private readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly store: HitStore = new MemoryHitStore(),
    private readonly name = '',
  ) {}

  /** Counts one attempt; false when the key is over its limit (the attempt is not counted). */
  async take(key: string): Promise<boolean> {
    const { key: stored, decide, keepMs } = this.step(key)
    return this.store.take(stored, decide, keepMs)
  }

  /** One attempt as a step, to be taken with others in one go (`HitStore.takeInTurn`). */
  step(key: string): HitStep {
    const now = this.now()
    return { key: `${this.name}:${key}`, decide: (times) => slideWindow(times, now, this.limit, this.windowMs), keepMs: this.windowMs }
  }
}

/** A limit's size: `limit` attempts per `windowMs`. */
export type LimitRule = { limit: number; windowMs: number }

const MINUTE = 60_000

/**
 * The public path's limits unless the environment sets them (services/limits.ts). Per address they
 * are generous: a village station's PC helping veterans one after another, or a mobile network
 * putting thousands behind one address, must not be turned away. Guessing is limited where it
 * matters: a tracking code's secret per code, submissions per phone number, and the challenge.
 */
export const DEFAULT_LIMITS = {
  submitPerIp: { limit: 30, windowMs: 60 * MINUTE },
  submitPerPhone: { limit: 5, windowMs: 24 * 60 * MINUTE },
  lookupPerIp: { limit: 300, windowMs: 10 * MINUTE },
  lookupPerCode: { limit: 20, windowMs: 10 * MINUTE },
  keepFilesPerIp: { limit: 60, windowMs: 60 * MINUTE },
} as const satisfies Record<string, LimitRule>

/** Minutes to wait before trying again: by then nothing counted now counts any more. */
export const waitMinutes = (windowMs: number): number => Math.max(1, Math.ceil(windowMs / MINUTE))

type Limit = { take(key: string): Promise<boolean> }

/**
 * A lookup counts against its client address and against its tracking code: many codes from one
 * address (a station's PC) pass, many tries of one code are refused from any address. The
 * address is asked first, so lookups it refuses never use up a code's tries. Null when allowed.
 */
export const takeLookup = async (limits: { perAddress: Limit; perCode: Limit }, address: string, code: string): Promise<'address' | 'code' | null> =>
  !(await limits.perAddress.take(address)) ? 'address' : !(await limits.perCode.take(code)) ? 'code' : null

/** Whom to call when a limit holds someone up: the site's phone number, else the bureau by name. */
const callUs = (phone: string | null | undefined, office: string) => (phone ? `拨打${office}电话(${phone})` : `打电话给${office}`)

/**
 * What the public is told when a limit holds. It blames no one: a limit on an address is met
 * by many people sharing one computer or network, and says what they can do.
 */
export const limitMessages = (office: string, phone?: string | null) => ({
  lookupPerAddress: (minutes: number) =>
    `这台电脑或网络近期查询的次数较多,请 ${minutes} 分钟后再试。多人共用一台电脑或同一个网络时会出现这种情况,不是您操作有误。如在服务站代查,可请工作人员${callUs(phone, office)}查询办理进度。`,
  lookupPerCode: (minutes: number) =>
    `这个查询码近期查询的次数较多,为保护您的留言,请 ${minutes} 分钟后再试。如急需了解办理进度,请${callUs(phone, office)}。`,
  submitPerAddress: (minutes: number) =>
    `这台电脑或网络近期提交的留言较多,请 ${minutes} 分钟后再试。多人共用一台电脑或同一个网络时会出现这种情况,您填写的内容没有丢失。如情况紧急,或在服务站代办,可请工作人员${callUs(phone, office)}。`,
  submitPerPhone: () => `这个手机号码今天提交的留言已达上限,请明天再试。如情况紧急,请${callUs(phone, office)}。`,
})
