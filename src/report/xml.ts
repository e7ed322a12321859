/**
 * XML for the Cobertura reader: the parser, loaded only when a Cobertura
 * report is read, the well-formedness check (entities refused before
 * parsing), and the small accessors of the parsed tree.
 */
import type { XMLParser as Parser } from 'fast-xml-parser';
import { InputError } from './errors.js';

export type Node = Record<string, unknown>;

export const ARRAY_ELEMENTS = new Set(['source', 'package', 'classes', 'class', 'method', 'line']);

export type XmlLibrary = typeof import('fast-xml-parser');

let parser: Parser | undefined;

/** The XML parser is loaded only when a Cobertura report is read: most runs never need it. */
export async function xmlLibrary(): Promise<{
  parser: Parser;
  validate: XmlLibrary['XMLValidator']['validate'];
}> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  parser ??= new XMLParser(PARSER_OPTIONS);
  return { parser, validate: XMLValidator.validate };
}

export const PARSER_OPTIONS: ConstructorParameters<XmlLibrary['XMLParser']>[0] = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_ELEMENTS.has(name),
};

/** True when the text starts like an XML document. */
export function looksLikeXml(text: string): boolean {
  return /^\s*<(\?xml|!--|!DOCTYPE|coverage[\s>/])/i.test(text);
}

export const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export function children(parent: unknown, name: string): Node[] {
  if (!isNode(parent)) return [];
  const value = parent[name];
  if (!Array.isArray(value)) return isNode(value) ? [value] : [];
  return value.filter(isNode);
}

export function child(parent: unknown, name: string): Node | undefined {
  return children(parent, name)[0];
}

export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return '';
}

export function checkWellFormed(
  xml: string,
  source: string,
  validate: XmlLibrary['XMLValidator']['validate'],
): void {
  // Entities are never expanded; a document that declares any is refused, so a
  // "billion laughs" or external-entity document costs nothing.
  const root = xml.search(/<coverage[\s>/]/);
  const prolog = root < 0 ? xml : xml.slice(0, root);
  if (/<!ENTITY/i.test(prolog)) {
    throw new InputError(
      source,
      'declares XML entities (<!ENTITY>); a coverage report needs none and they are not expanded, so the file is refused',
    );
  }
  const verdict = validate(xml, { allowBooleanAttributes: true });
  if (verdict === true) return;
  const { msg, line, col } = verdict.err;
  if (/^Invalid '\[/.test(msg) || /unclosed|closed/i.test(msg)) {
    throw new InputError(
      source,
      `is not well-formed XML: the file ends before its elements are closed (truncated?) (${msg.replace(/\s+/g, ' ')})`,
    );
  }
  throw new InputError(source, `is not well-formed XML at line ${line}, column ${col}: ${msg}`);
}
