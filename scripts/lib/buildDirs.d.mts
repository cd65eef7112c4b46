export declare const nextDistDir: string
export declare const astroOutDir: string
