/** An amended or repealed policy must point at the policy that replaces it. */
export const requiresReplacement = (validity: unknown): boolean => validity === 'amended' || validity === 'repealed'
