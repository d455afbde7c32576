// The strings a form posted, without the CSRF token, to re-render exactly what the user typed.
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) if (typeof value === 'string' && key !== '_csrf') values[key] = value
  return values
}
