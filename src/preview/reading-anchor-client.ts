/**
 * Part of the preview page's script (see preview-client.ts): keeps the
 * reader on the same text when the page is laid out again. An edit above
 * the place being read moves it up or down the sheets, so the scroll offset
 * alone would show other text; instead the first character shown at the
 * top is found again in the new sheets (the same block by its text, near
 * its old place in the flow, else the block at that place) and brought back
 * to the same height on screen.
 */
export const READING_ANCHOR_CLIENT_SCRIPT = String.raw`
const planReading = (() => {
  /** The paginator's blocks, grouped: every part of one block, in order, keyed by its place in the flow. */
  function blocksOf(doc) {
    const blocks = new Map();
    for (const element of doc.querySelectorAll('[data-plan-leaf]')) {
      const key = Number(element.dataset.planLeaf);
      const parts = blocks.get(key) || [];
      parts.push(element);
      blocks.set(key, parts);
    }
    return blocks;
  }

  function textsOf(parts, doc) {
    const texts = [];
    for (const part of parts) {
      const walker = doc.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    }
    return texts;
  }

  function boxOf(doc, node, offset) {
    const range = doc.createRange();
    range.setStart(node, offset);
    range.setEnd(node, Math.min(offset + 1, node.data.length));
    return range.getBoundingClientRect();
  }

  /** The block and character at the top of the window, and where it is on screen; null on a page not laid out in sheets. */
  function anchorOf(doc) {
    const view = doc.defaultView;
    if (!view) return null;
    const base = { x: view.scrollX, y: view.scrollY, key: null, text: '', offset: 0, top: 0 };
    for (const [key, parts] of blocksOf(doc)) {
      if (parts[parts.length - 1].getBoundingClientRect().bottom <= 0) continue;
      const nodes = textsOf(parts, doc);
      let offset = 0;
      let found = null;
      for (const node of nodes) {
        for (let index = 0; index < node.data.length && !found; index += 1) {
          const box = boxOf(doc, node, index);
          if (box.height > 0 && box.bottom > 0) found = { offset: offset + index, top: box.top };
        }
        if (found) break;
        offset += node.data.length;
      }
      const text = nodes.map((node) => node.data).join('');
      if (!found) found = { offset: 0, top: parts[0].getBoundingClientRect().top };
      return { ...base, key, text, offset: found.offset, top: found.top };
    }
    return base;
  }

  function restore(doc, anchor) {
    const view = doc.defaultView;
    if (!view || !anchor) return;
    view.scrollTo(anchor.x, anchor.y);
    if (anchor.key === null) return;
    const blocks = blocksOf(doc);
    let best = null;
    for (const [key, parts] of blocks) {
      if (best !== null && Math.abs(key - anchor.key) >= Math.abs(best.key - anchor.key)) continue;
      const text = textsOf(parts, doc)
        .map((node) => node.data)
        .join('');
      if (text === anchor.text) best = { key, parts };
    }
    if (best === null && blocks.has(anchor.key)) best = { key: anchor.key, parts: blocks.get(anchor.key) };
    if (best === null) return;
    let rest = anchor.offset;
    for (const node of textsOf(best.parts, doc)) {
      if (rest < node.data.length) {
        const box = boxOf(doc, node, rest);
        const shift = box.top - anchor.top;
        if (Math.abs(shift) >= 1) view.scrollBy(0, shift);
        return;
      }
      rest -= node.data.length;
    }
  }

  return { anchorOf, restore };
})();
`;
