/**
 * What a markdown body would make live on GitHub, found by parsing it with
 * marked (GFM) and walking the tokens: links, images, raw HTML other than
 * our own folding tags, unbalanced `<details>`, @mentions outside code
 * spans, and (with a canary) any report text that escaped its code span.
 */
import { marked, type Token, type Tokens } from 'marked';

/** The only raw HTML our renderer writes. */
const OWN_TAGS =
  /<details>|<\/details>|<summary>|<\/summary>|<sub>|<\/sub>|<!-- coverage-gate:[A-Za-z0-9 ._:+=/-]* -->|<!-- coverage-gate-digest:\{[\w":,.{}/-]*\} -->/g;

/** The only links our renderer writes: every character of a report path percent-encoded. */
const OWN_LINK =
  /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(blob\/[0-9a-f]{40}\/[A-Za-z0-9%._~/-]+|pull\/\d+\/files#diff-[0-9a-f]{64}R\d+)$/;

export interface SafetyOptions {
  /** A word that appears only in report strings: it must never show outside a code span. */
  canary?: string;
}

export function liveMarkup(body: string, options: SafetyOptions = {}): string[] {
  const problems: string[] = [];
  let depth = 0;
  const canary = options.canary?.toLowerCase();

  const checkText = (text: string, where: string) => {
    if (/(^|[^\w`])@[A-Za-z0-9]/.test(text))
      problems.push(`a live @mention in ${where}: ${text.slice(0, 80)}`);
    if (canary && text.toLowerCase().includes(canary))
      problems.push(`report text outside a code span in ${where}: ${text.slice(0, 80)}`);
  };

  const checkHtml = (raw: string) => {
    for (const tag of raw.match(OWN_TAGS) ?? []) {
      if (tag === '<details>') depth++;
      if (tag === '</details>') {
        depth--;
        if (depth < 0) problems.push('a </details> closes what we did not open');
      }
    }
    const rest = raw.replace(OWN_TAGS, '');
    if (/<[A-Za-z!/?]/.test(rest)) problems.push(`raw HTML that is not ours: ${rest.slice(0, 80)}`);
    checkText(rest, 'raw HTML');
  };

  const walk = (tokens: readonly Token[] | undefined) => {
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'codespan':
        case 'space':
        case 'hr':
          break;
        case 'code':
          problems.push(
            `a code block (an indented or fenced block is not ours): ${token.raw.slice(0, 80)}`,
          );
          break;
        case 'link':
          // Our own links into the pull request: a file at the head commit, a line in the Files view.
          if (OWN_LINK.test((token as Tokens.Link).href)) {
            walk((token as Tokens.Link).tokens);
            break;
          }
          problems.push(`a live ${token.type}: ${token.raw.slice(0, 80)}`);
          break;
        case 'image':
          problems.push(`a live ${token.type}: ${token.raw.slice(0, 80)}`);
          break;
        case 'html':
          checkHtml(token.raw);
          break;
        case 'table': {
          const table = token as Tokens.Table;
          for (const cell of table.header) walk(cell.tokens);
          for (const row of table.rows) for (const cell of row) walk(cell.tokens);
          break;
        }
        case 'list': {
          for (const item of (token as Tokens.List).items) walk(item.tokens);
          break;
        }
        default: {
          const nested = (token as { tokens?: Token[] }).tokens;
          if (nested && nested.length > 0) walk(nested);
          else checkText((token as { text?: string }).text ?? token.raw, token.type);
        }
      }
    }
  };

  walk(marked.lexer(body, { gfm: true }));
  if (depth !== 0) problems.push(`${depth} <details> left open`);
  return problems;
}
