/** Turns a label map into Payload select options, keeping one source of truth for values and labels. */
export const toOptions = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ label: labels[value], value }))
