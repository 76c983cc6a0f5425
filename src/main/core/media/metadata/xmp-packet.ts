import { NS } from './xmp-fields';

/**
 * Writes the XMP packet for a published rendition: dc:description and dc:rights as language
 * alternatives (x-default), dc:creator as an ordered list, photoshop:Credit as text. UTF-8, no BOM
 * bytes other than the one xpacket's "begin" attribute asks for.
 */

export interface XmpCredits {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
}

const PACKET_ID = 'W5M0MpCehiHzreSzNTczkc9d';

export function buildXmpPacket(credits: XmpCredits): string {
  const properties = [
    credits.caption && `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(credits.caption)}</rdf:li></rdf:Alt></dc:description>`,
    credits.creator && `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credits.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    credits.copyright && `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(credits.copyright)}</rdf:li></rdf:Alt></dc:rights>`,
    credits.credit && `<photoshop:Credit>${escapeXml(credits.credit)}</photoshop:Credit>`,
  ].filter(Boolean);
  return [
    `<?xpacket begin="\uFEFF" id="${PACKET_ID}"?>`,
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ` <rdf:RDF xmlns:rdf="${NS.rdf}">`,
    `  <rdf:Description rdf:about="" xmlns:dc="${NS.dc}" xmlns:photoshop="${NS.photoshop}">`,
    ...properties.map((property) => `   ${property}`),
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Escapes markup and drops the characters XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
