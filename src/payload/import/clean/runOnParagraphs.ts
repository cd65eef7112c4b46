/**
 * Some copies lose their line breaks and keep a space where a paragraph ended: "……讲话。 上午,……".
 * A run of spaces after sentence-final punctuation and before a Han character is a paragraph break.
 */
export const splitRunOnParagraphs = (line: string): string[] =>
  line
    .split(/(?<=[。!?!?;]|[。!?!?][”」』])[\s\u3000\u00a0]+(?=[\p{Script=Han}“「『((])/u)
    .map((part) => part.trim())
    .filter(Boolean)
