/** The options of `kfuncdoc preview`, shared by the command and its early server start (early-server.ts). */
export const PREVIEW_OPTIONS = {
  kernel: { type: 'string' },
  format: { type: 'string', default: 'text' },
  emit: { type: 'string' },
  strict: { type: 'boolean' },
  site: { type: 'string' },
  serve: { type: 'boolean' },
  port: { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const;

/** `--port`'s value as a port: undefined when not given, null when it is not a port number (0 is: any free port). */
export function portOption(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 && value.trim() !== '' ? port : null;
}
