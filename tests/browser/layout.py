"""What a person sees: is the page wider than the screen, is any text cut off?

`LAYOUT_CHECK` runs in the page and returns a list of problems (empty when the page is fine):

- `wide`: the document scrolls sideways (`scrollWidth > clientWidth` of <html>; with
  `is_mobile` `innerWidth` grows with the content, `clientWidth` does not). It names the
  elements that stick out past the viewport's edges, innermost first, so a failure says what to
  fix.
- `clipped`: an element with `overflow: hidden` or `clip` whose text content is wider or
  taller than its box, or `text-overflow: ellipsis` that actually cuts text. Scroll containers
  (`overflow: auto`) are fine: their content can be reached. Visually hidden helpers (1 px
  boxes with `clip`) are meant to be invisible and are skipped.

`HEADER_HEIGHT` measures the site header, which may take at most 15 % of a 360x740 phone.
"""

LAYOUT_CHECK = r"""
() => {
  const doc = document.documentElement;
  const viewport = doc.clientWidth;
  const problems = [];
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    if (el.classList.length) name += '.' + [...el.classList].join('.');
    const text = (el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return text ? `${name} "${text}"` : name;
  };
  const hidden = (el) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    const r = el.getBoundingClientRect();
    return r.width <= 1 || r.height <= 1;
  };
  // An element inside a scroll container or a clipping box does not widen the page.
  const contained = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox !== 'visible') return true;
    }
    return false;
  };
  const hasOwnText = (el) =>
    [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) ||
    (el.innerText || '').trim().length > 0;

  if (doc.scrollWidth > viewport) {
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el) || contained(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > viewport + 1 || r.left < -1) culprits.push(el);
    }
    // Innermost first: an element none of whose descendants sticks out is the cause.
    const innermost = culprits.filter((el) => !culprits.some((o) => o !== el && el.contains(o)));
    problems.push({
      kind: 'wide',
      detail: `document ${doc.scrollWidth}px in a ${viewport}px viewport`,
      elements: innermost.slice(0, 5).map((el) => {
        const r = el.getBoundingClientRect();
        return `${describe(el)} [${Math.round(r.left)}..${Math.round(r.right)}]`;
      }),
    });
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (hidden(el)) continue;
    const style = getComputedStyle(el);
    if (style.clip !== 'auto' && style.position === 'absolute') continue;  // visually hidden
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    const ellipsis = style.textOverflow === 'ellipsis';
    if (!clipsX && !clipsY && !ellipsis) continue;
    if (!hasOwnText(el)) continue;
    const cutX = (clipsX || ellipsis) && el.scrollWidth > el.clientWidth + 1;
    const cutY = clipsY && el.scrollHeight > el.clientHeight + 1;
    if (cutX || cutY) {
      problems.push({
        kind: 'clipped',
        detail: cutX
          ? `${el.scrollWidth}px of text in ${el.clientWidth}px`
          : `${el.scrollHeight}px of text in ${el.clientHeight}px high`,
        elements: [describe(el)],
      });
    }
  }
  return problems;
}
"""

HEADER_HEIGHT = "() => document.querySelector('.site-header').getBoundingClientRect().height"

# A 600 px element that cannot wrap: what a long e-mail address in a max-content grid does.
INJECT_WIDE = """() => {
  const word = document.createElement('p');
  word.textContent = 'buergerbuero@ruhrbrueck.example.org';
  word.style.cssText = 'inline-size: 600px; white-space: nowrap;';
  document.querySelector('main').append(word);
}"""

# Text cut off by a box that hides its overflow.
INJECT_CLIPPED = """() => {
  const box = document.createElement('p');
  box.textContent = 'Anmeldung im Bürgerbüro: bitte bringen Sie Ihren Pass mit.';
  box.style.cssText = 'inline-size: 80px; white-space: nowrap; overflow: hidden;';
  document.querySelector('main').append(box);
}"""


def format_problems(problems: list[dict]) -> str:
    return "; ".join(
        f"{p['kind']}: {p['detail']} ({', '.join(p['elements']) or 'no single element'})"
        for p in problems
    )
