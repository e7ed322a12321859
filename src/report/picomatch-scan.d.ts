/** picomatch's own `scan` (lib/scan.js), loaded without the matcher it belongs to. */
declare module 'picomatch/lib/scan.js' {
  export default function scan(
    input: string,
    options?: Record<string, unknown>,
  ): { isGlob: boolean; negated: boolean; base: string };
}
