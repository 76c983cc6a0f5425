import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import { MAX_TEXT_LENGTH, boundedText, cleanText } from './metadata-text';

/**
 * Reads the few XMP properties Newsdesk uses. XMP is RDF/XML, so one property can be written as an
 * attribute of rdf:Description, as an element with text, or as an rdf:Alt/Seq/Bag of rdf:li; and
 * prefixes are the writer's choice, so properties are matched by namespace URI, not by prefix.
 *
 * Safety: saxes never fetches anything and expands only XML's five predefined entities and
 * character references. A packet with a DOCTYPE (the vehicle of XXE and "billion laughs") is
 * dropped whole — XMP has no use for one. Packets over MAX_XMP_BYTES are ignored, nesting is capped
 * and each value is bounded, so a hostile packet costs at most one linear pass.
 */

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  exif: 'http://ns.adobe.com/exif/1.0/',
} as const;

export const MAX_XMP_BYTES = 4 * 1024 * 1024;
const MAX_ITEMS_PER_PROPERTY = 1000;
// Real XMP nests a dozen levels at most. saxes resolves each prefix by walking up the open elements,
// so a hostile packet of ever-deeper elements would cost quadratic time: stop well before that.
const MAX_DEPTH = 64;

export interface XmpFields {
  description: string;
  headline: string;
  creators: string[];
  credit: string;
  rights: string;
  subject: string[];
  city: string;
  /** photoshop:DateCreated as stored (ISO 8601, any precision). */
  dateCreated: string;
  /** exif:DateTimeOriginal as stored (ISO 8601). */
  dateTimeOriginal: string;
  /** exif:GPSLatitude / exif:GPSLongitude as stored ("DDD,MM.mmk" or "DDD,MM,SSk"). */
  gpsLatitude: string;
  gpsLongitude: string;
}

export const NO_XMP: XmpFields = {
  description: '',
  headline: '',
  creators: [],
  credit: '',
  rights: '',
  subject: [],
  city: '',
  dateCreated: '',
  dateTimeOriginal: '',
  gpsLatitude: '',
  gpsLongitude: '',
};

interface XmpValue {
  text: string;
  lang: string;
}

export function readXmpFields(packet: Buffer | undefined): XmpFields {
  if (!packet || packet.length === 0 || packet.length > MAX_XMP_BYTES) return NO_XMP;
  const values = collectPropertyValues(decodePacket(packet));
  if (!values) return NO_XMP;
  const texts = (ns: string, local: string) => (values.get(`${ns} ${local}`) ?? []).map((value) => value.text).filter((text) => text !== '');
  const simple = (ns: string, local: string) => texts(ns, local)[0] ?? '';
  const langAlt = (ns: string, local: string) => {
    const items = (values.get(`${ns} ${local}`) ?? []).filter((value) => value.text !== '');
    return (items.find((value) => value.lang === 'x-default') ?? items[0])?.text ?? '';
  };
  return {
    description: langAlt(NS.dc, 'description'),
    headline: simple(NS.photoshop, 'Headline'),
    creators: texts(NS.dc, 'creator'),
    credit: simple(NS.photoshop, 'Credit'),
    rights: langAlt(NS.dc, 'rights'),
    subject: texts(NS.dc, 'subject'),
    city: simple(NS.photoshop, 'City'),
    dateCreated: simple(NS.photoshop, 'DateCreated'),
    dateTimeOriginal: simple(NS.exif, 'DateTimeOriginal'),
    gpsLatitude: simple(NS.exif, 'GPSLatitude'),
    gpsLongitude: simple(NS.exif, 'GPSLongitude'),
  };
}

/** XMP may be UTF-8 (the norm), UTF-16 or, rarely, UTF-32; the first bytes tell which. */
export function decodePacket(packet: Buffer): string {
  const [b0, b1, b2, b3] = packet;
  let text: string;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) text = decodeUtf32(packet, false);
  else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) text = decodeUtf32(packet, true);
  else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) text = new TextDecoder('utf-16be').decode(packet);
  else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) text = new TextDecoder('utf-16le').decode(packet);
  else text = new TextDecoder('utf-8').decode(packet);
  // a BOM or padding before the first tag would make the XML parser refuse the packet
  const start = text.indexOf('<');
  return start < 0 ? '' : text.slice(start);
}

function decodeUtf32(packet: Buffer, littleEndian: boolean): string {
  const codePoints: number[] = [];
  for (let offset = 0; offset + 4 <= packet.length; offset += 4) {
    const codePoint = littleEndian ? packet.readUInt32LE(offset) : packet.readUInt32BE(offset);
    codePoints.push(codePoint <= 0x10ffff ? codePoint : 0xfffd);
  }
  return codePoints.map((codePoint) => String.fromCodePoint(codePoint)).join('');
}

type Role = 'node' | 'property' | 'container' | 'item' | 'other';

interface Frame {
  role: Role;
  key: string;
  lang: string;
  text: string;
  hasChildren: boolean;
}

class HostilePacket extends Error {}
class StopParsing extends Error {}

/**
 * Walks the packet once. Returns the values of the top-level properties of every rdf:Description
 * (keyed "namespace-uri local-name"), what was read before an XML error, or null for a packet
 * carrying a DOCTYPE.
 */
function collectPropertyValues(xml: string): Map<string, XmpValue[]> | null {
  const values = new Map<string, XmpValue[]>();
  const add = (key: string, text: string, lang: string) => {
    const list = values.get(key) ?? [];
    if (list.length < MAX_ITEMS_PER_PROPERTY) list.push({ text: boundedText(cleanText(text)), lang });
    values.set(key, list);
  };
  const stack: Frame[] = [];
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', () => {
    throw new HostilePacket();
  });
  parser.on('error', () => {
    throw new StopParsing();
  });
  parser.on('opentagstart', () => {
    if (stack.length >= MAX_DEPTH) throw new StopParsing();
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    if (parent) parent.hasChildren = true;
    const frame = frameFor(tag, parent);
    if (frame.role === 'node') for (const attribute of Object.values(tag.attributes)) addAttributeProperty(attribute, add);
    stack.push(frame);
  });
  parser.on('text', (text) => appendText(stack.at(-1), text));
  parser.on('cdata', (text) => appendText(stack.at(-1), text));
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (frame?.role === 'item' || (frame?.role === 'property' && !frame.hasChildren)) add(frame.key, frame.text, frame.lang);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof HostilePacket) return null;
    if (!(error instanceof StopParsing)) throw error;
  }
  return values;
}

function frameFor(tag: SaxesTagNS, parent: Frame | undefined): Frame {
  const frame: Frame = { role: 'other', key: '', lang: xmlLang(tag), text: '', hasChildren: false };
  const isRdf = (local: string) => tag.uri === NS.rdf && tag.local === local;
  if (parent === undefined || parent.role === 'other') {
    // rdf:RDF's children are the nodes (rdf:Description or typed nodes); anything else is a wrapper
    // (x:xmpmeta, rdf:RDF) whose role stays 'other' but whose RDF-ness the next level checks.
    if (isRdf('RDF')) return { ...frame, key: 'rdf' };
    if (parent?.key === 'rdf') return { ...frame, role: 'node' };
    return frame;
  }
  if (parent.role === 'node') return { ...frame, role: 'property', key: `${tag.uri} ${tag.local}` };
  if (parent.role === 'property' && (isRdf('Alt') || isRdf('Seq') || isRdf('Bag'))) return { ...frame, role: 'container', key: parent.key };
  if (parent.role === 'container' && isRdf('li')) return { ...frame, role: 'item', key: parent.key, lang: frame.lang || parent.lang };
  return frame;
}

function xmlLang(tag: SaxesTagNS): string {
  const lang = Object.values(tag.attributes).find((attribute) => attribute.uri === NS.xml && attribute.local === 'lang');
  return lang?.value.toLowerCase() ?? '';
}

function addAttributeProperty(attribute: SaxesAttributeNS, add: (key: string, text: string, lang: string) => void): void {
  if (attribute.uri === NS.rdf || attribute.uri === NS.xml || attribute.uri === '' || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') return;
  add(`${attribute.uri} ${attribute.local}`, attribute.value, '');
}

function appendText(frame: Frame | undefined, text: string): void {
  if (!frame || (frame.role !== 'property' && frame.role !== 'item')) return;
  if (frame.text.length < MAX_TEXT_LENGTH) frame.text += text;
}
