export declare const nextDistDir: string
export declare const astroOutDir: string
export declare const serverDir: string
export type ServerName = 'start' | 'prepare' | 'admin' | 'site' | 'jobs' | 'backup' | 'restore'
export declare const SERVER_ENTRIES: Record<ServerName, string>
export declare const serverBundle: (name: ServerName) => string
export declare const serverNodeFlags: (name: ServerName) => string[]
