/** Reading snippets/postmortem.json and expanding a body as VS Code would. Shared by the snippet tests. */
import { readFileSync } from 'node:fs';

export interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

export const readSnippets = (): Record<string, Snippet> => JSON.parse(readFileSync('snippets/postmortem.json', 'utf8')) as Record<string, Snippet>;
export const prefixesOf = (s: Snippet): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
export const bodyOf = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

/** The text VS Code would insert when the writer accepts every default and picks the first choice. */
export function expand(body: string): string {
  const vars: Record<string, string> = {
    CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '18', CURRENT_HOUR: '14', CURRENT_MINUTE: '05', CURRENT_TIMEZONE_OFFSET: '+01:00',
  };
  const values = new Map<string, string>();
  let text = body.replace(/\$([A-Z_]+)|\$\{([A-Z_]+)\}/g, (m, a?: string, b?: string) => vars[(a ?? b)!] ?? m);
  // Innermost first, so placeholders nested in placeholders resolve.
  for (let guard = 0; guard < 50 && /\$\{\d+[:|]/.test(text); guard++) {
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, v: string) => (values.set(n, v), v));
    text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, v: string) => {
      const first = v.split(',')[0]!;
      values.set(n, first);
      return first;
    });
  }
  return text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => values.get((a ?? b)!) ?? '');
}
