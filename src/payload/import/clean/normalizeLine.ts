/** Trims ordinary, full-width and no-break spaces and folds inner runs of them into one space. */
export const normalizeLine = (line: string): string =>
  line
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ')
    .trim()

/** The form two lines are compared in: no spaces at all. */
export const compactLine = (line: string): string => line.replace(/[\s\u3000\u00a0]+/g, '')
