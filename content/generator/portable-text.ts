// Portable Text from compact, readable source: paragraphs, h2/h3 headings, lists and [links](/path/).

export interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}
export interface LinkDef {
  _type: 'link';
  _key: string;
  href: string;
}
export interface Block {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3' | 'blockquote';
  listItem?: 'bullet' | 'number';
  level?: number;
  markDefs: LinkDef[];
  children: Span[];
}

/** One piece of source: a paragraph string, or a heading, or a list. */
export type Part = string | { h2: string } | { h3: string } | { bullets: string[] } | { numbers: string[] };

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function block(key: string, text: string, style: Block['style'], listItem?: Block['listItem']): Block {
  const children: Span[] = [];
  const markDefs: LinkDef[] = [];
  let last = 0;
  const push = (t: string, marks: string[]) => {
    if (t) children.push({ _type: 'span', _key: `${key}s${children.length + 1}`, text: t, marks });
  };
  for (const m of text.matchAll(LINK)) {
    push(text.slice(last, m.index), []);
    const linkKey = `${key}l${markDefs.length + 1}`;
    markDefs.push({ _type: 'link', _key: linkKey, href: m[2]! });
    push(m[1]!, [linkKey]);
    last = m.index + m[0].length;
  }
  push(text.slice(last), []);
  const out: Block = { _type: 'block', _key: key, style, markDefs, children };
  if (listItem) Object.assign(out, { listItem, level: 1 });
  return out;
}

/** Build Portable Text; block keys are b1, b2 … so they are stable and unique in the document's array. */
export function portableText(parts: readonly Part[]): Block[] {
  const blocks: Block[] = [];
  const next = () => `b${blocks.length + 1}`;
  for (const part of parts) {
    if (typeof part === 'string') blocks.push(block(next(), part, 'normal'));
    else if ('h2' in part) blocks.push(block(next(), part.h2, 'h2'));
    else if ('h3' in part) blocks.push(block(next(), part.h3, 'h3'));
    else if ('bullets' in part) for (const item of part.bullets) blocks.push(block(next(), item, 'normal', 'bullet'));
    else for (const item of part.numbers) blocks.push(block(next(), item, 'normal', 'number'));
  }
  return blocks;
}

/** Plain text of Portable Text, for checks and search. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n');
}
