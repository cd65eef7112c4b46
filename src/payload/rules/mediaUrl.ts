/**
 * The one public address of an uploaded file. Both servers answer it: the public site
 * through its media route, the admin (Next) through a rewrite to Payload's file handler.
 */
export const mediaUrl = (filename: string): string => `/media/${encodeURIComponent(filename)}`
