/**
 * Every piece of active markup in `html`, as Chromium's own HTML parser reads it (DOMParser: a
 * parsed document never runs its scripts or loads its frames). Run it in a page with
 * `page.evaluate(findActiveMarkup, { html, pageHead })`, so it must stay self-contained.
 *
 * Active means: an element that runs code, loads another document, submits, or changes what the
 * page's URLs mean (script, iframe, object, embed, form, base, meta refresh, SVG and MathML, which
 * carry their own script and link semantics, and the raw-text elements mutation XSS hides in); an
 * `on*` handler attribute; `srcdoc`; a URL attribute whose scheme, after the whitespace and control
 * characters a browser skips and with entities decoded by the parser, is javascript:, vbscript: or
 * data:; a style that calls `expression()`, loads a `url()` or names a `behavior`. With `pageHead`,
 * a whole page may keep its own head's meta charset/viewport, stylesheet link and style.
 */
export function findActiveMarkup({ html, pageHead }: { html: string; pageHead: boolean }): string[] {
  const ACTIVE = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'form', 'svg', 'math',
    'link', 'style', 'template', 'noscript', 'xmp', 'listing', 'noembed', 'noframes', 'isindex', 'meta', 'animate', 'set', 'foreignobject'];
  const HEAD_ONLY = ['meta', 'link', 'style'];
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'srcset', 'background', 'cite', 'ping', 'codebase'];
  const findings: string[] = [];
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    const inHead = pageHead && element.closest('head') !== null;
    if (ACTIVE.includes(tag) && !(inHead && HEAD_ONLY.includes(tag))) findings.push(`<${tag}>`);
    if (tag === 'meta' && element.hasAttribute('http-equiv')) findings.push('<meta http-equiv>');
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // A browser skips C0 controls and spaces around a URL and tabs and newlines inside it; drop them all.
      const url = [...attribute.value].filter((character) => character.charCodeAt(0) > 0x20).join('');
      if (name.startsWith('on')) findings.push(`<${tag} ${name}>`);
      if (name === 'srcdoc') findings.push(`<${tag} srcdoc>`);
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|livescript|data):/i.test(url)) findings.push(`<${tag} ${name}="${attribute.value}">`);
      if (name === 'style' && /expression\s*\(|url\s*\(|behavior\s*:/i.test(attribute.value)) findings.push(`<${tag} style="${attribute.value}">`);
    }
  }
  return findings;
}
