/**
 * Clipboard HTML from Word, Google Docs or a web page, reduced to what a body can hold:
 * paragraphs, headings, lists, quotes, bold, italic and links. Word's list paragraphs
 * become lists, Docs' styled spans become bold/italic, links lose trackers, and
 * everything else (fonts, colours, classes, spans, scripts, comments) goes. Images are
 * removed and counted: the caller asks for the file to be uploaded instead of hot-linking.
 */
import { isSafeUrl } from '@/lib/mdx/allowlist';
import { cleanUrl } from './clean-url';

const DROP = 'script, style, meta, link, title, iframe, object, embed, svg, canvas, form, input, button, select, textarea, noscript, template';

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string) {
  const w = el.ownerDocument.createElement(tag);
  w.append(...Array.from(el.childNodes));
  el.append(w);
}

/** Word writes a list as paragraphs with `mso-list` and a glyph span ("·", "1.") in front. */
function wordLists(doc: Document) {
  const isItem = (el: Element | null): el is HTMLElement => !!el && el.tagName === 'P' && /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? '');
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!isItem(p) || !p.isConnected) continue;
    const run: HTMLElement[] = [];
    for (let el: Element | null = p; isItem(el); el = el.nextElementSibling) run.push(el);
    const glyph = run[0]!.querySelector('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]')?.textContent?.trim() ?? '';
    const list = doc.createElement(/^\(?[0-9a-z]+[.)]$/i.test(glyph) ? 'ol' : 'ul');
    p.before(list);
    for (const item of run) {
      item.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]').forEach((g) => g.remove());
      const li = doc.createElement('li');
      li.append(...Array.from(item.childNodes));
      list.append(li);
      item.remove();
    }
  }
}

export function cleanPastedHtml(html: string): { html: string; images: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const images = doc.querySelectorAll('img, picture, v\\:imagedata, v\\:shape').length;
  // A web page's photo comes with its caption: both go, the caption would read as body text.
  doc.querySelectorAll('figure').forEach((f) => f.querySelector('img, picture') && f.remove());
  doc.querySelectorAll(`${DROP}, img, picture`).forEach((el) => el.remove());
  // Comments (Word's <!--[if !supportLists]-->, <!--StartFragment-->) and Word's namespaced tags (<o:p>).
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  doc.body.querySelectorAll('*').forEach((el) => el.tagName.includes(':') && el.remove());
  wordLists(doc);
  // Google Docs: bold and italic are styles on spans, and the whole fragment sits in <b style="font-weight:normal">.
  for (const el of Array.from(doc.body.querySelectorAll<HTMLElement>('span, b, strong, i, em, font'))) {
    const weight = el.style.fontWeight;
    const bold = weight === 'bold' || Number(weight) >= 600;
    if ((el.tagName === 'B' || el.tagName === 'STRONG') && weight && !bold) {
      unwrap(el);
      continue;
    }
    if (el.tagName === 'SPAN' || el.tagName === 'FONT') {
      if (el.style.fontStyle === 'italic') wrapChildren(el, 'em');
      if (bold) wrapChildren(el, 'strong');
      unwrap(el);
    }
  }
  for (const a of Array.from(doc.body.querySelectorAll('a'))) {
    const href = cleanUrl(a.getAttribute('href')?.trim() ?? '');
    if (!href || href.startsWith('#') || !isSafeUrl(href) || /^(javascript|data|vbscript|file):/i.test(href)) unwrap(a);
    else a.setAttribute('href', href);
  }
  // A body's headings start below the article title (its h1).
  doc.body.querySelectorAll('h1').forEach((h) => {
    const h2 = doc.createElement('h2');
    h2.append(...Array.from(h.childNodes));
    h.replaceWith(h2);
  });
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) if (!(el.tagName === 'A' && attr.name === 'href') && !(el.tagName === 'OL' && attr.name === 'start')) el.removeAttribute(attr.name);
  }
  return { html: doc.body.innerHTML, images };
}
