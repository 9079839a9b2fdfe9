import { SHEET_SPEC_META } from './sheet-spec.js';

/**
 * The paginator of the preview page's script (see preview-client.ts): it
 * lays the plan's page out as printed sheets, on screen, where a browser
 * shows one long page. It defines `planSheets.paginate(doc)`, which the
 * script calls on the plan's document after every update.
 *
 * How: the text is first laid out once in a single column as wide as the
 * type area (the galley), and every block is measured there in one layout.
 * Page breaks then follow from those numbers alone, as Chromium breaks the
 * printed page: blocks are filled to the type area's last line (the
 * template's widows and orphans of 1), a paragraph is cut between two of
 * its lines (found by the characters' boxes, the body keeping a fixed line
 * pitch), a table between two rows with its header repeated, a heading
 * (`break-after: avoid`) goes on with what it heads, `break-before: page`
 * starts a sheet, a margin at the top of a sheet after an unforced break
 * is dropped. Only then are the blocks moved into the sheets, so the page
 * is laid out twice whatever its length, never once per block.
 *
 * Blocks are moved, not copied: ids stay where the findings point. A block
 * cut in two keeps its id on its first part; the sections around it are
 * repeated on the next sheet without one.
 */
export const PAGINATE_CLIENT_SCRIPT = String.raw`
const planSheets = (() => {
  const STYLE_ID = 'plan-preview-sheets';
  const FORCED = new Set(['page', 'left', 'right', 'recto', 'verso', 'always']);
  const AVOID = new Set(['avoid', 'avoid-page']);
  const INLINE = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table', 'contents', 'ruby']);
  // Layout rounds to fractions of a pixel; a block this much past the type area still fits.
  const SLACK = 0.5;

  const STYLE =
    'html.plan-paged,html.plan-paged body{background:var(--screen-background,#e9e9e6)}' +
    // The reader is kept on the same text by the page's script in every browser (see reading-anchor-client.ts), not by some browsers' scroll anchoring on top of it.
    'html.plan-paged body{margin:0}html.plan-paged{overflow-anchor:none}' +
    '.plan-galley{width:var(--sheet-area-width)}' +
    // On screen only, never printed.
    '.plan-galley>:is(.toc,.skip-link){display:none!important}' +
    ':is(.plan-galley,.plan-sheet-area,.plan-sheet-foot)>:is(article,.page){max-width:none;margin:0;padding:0;border:0;background:none;box-shadow:none}' +
    '.plan-desk{display:flex;flex-direction:column;align-items:center;gap:1.5rem;padding:1.5rem;width:max-content;min-width:100%;box-sizing:border-box}' +
    // A sheet has a fixed size: what changes inside one never moves another.
    '.plan-sheet{position:relative;flex:none;width:var(--sheet-width);height:var(--sheet-height);background:var(--paper,#fff);box-shadow:var(--paper-shadow,0 .2rem 1.2rem rgb(0 0 0 / 18%));contain:layout size style}' +
    '.plan-sheet-area{position:absolute;top:var(--sheet-top);left:var(--sheet-left);width:var(--sheet-area-width);height:var(--sheet-area-height)}' +
    '.plan-sheet-foot{position:absolute;left:0;right:0;bottom:0}' +
    '.plan-sheet-top,.plan-sheet-foot .imprint{margin-top:0!important}' +
    '.plan-page-number{position:absolute;top:calc(var(--sheet-top) + var(--sheet-area-height) + var(--sheet-number-below));margin:0;' +
    'font-family:var(--font-page-number-family);font-size:var(--font-page-number-size);font-weight:var(--font-page-number-weight);color:var(--font-page-number-color);' +
    'letter-spacing:0;text-indent:0;line-height:normal;white-space:pre}' +
    '.plan-page-number.odd{right:var(--sheet-right);padding-right:var(--sheet-number-indent)}' +
    '.plan-page-number.even{left:var(--sheet-left);padding-left:var(--sheet-number-indent)}';

  function specOf(doc) {
    const meta = doc.querySelector('meta[name="${SHEET_SPEC_META}"]');
    if (!meta) return null;
    try {
      return JSON.parse(meta.getAttribute('content'));
    } catch {
      return null;
    }
  }

  function setGeometry(doc, spec) {
    const margins = spec.margins;
    const number = spec.pageNumber;
    const values = {
      '--sheet-width': spec.widthMm + 'mm',
      '--sheet-height': spec.heightMm + 'mm',
      '--sheet-top': margins.topMm + 'mm',
      '--sheet-left': margins.leftMm + 'mm',
      '--sheet-right': margins.rightMm + 'mm',
      '--sheet-area-width': spec.widthMm - margins.leftMm - margins.rightMm + 'mm',
      '--sheet-area-height': spec.areaHeightPx + 'px',
      '--sheet-number-below': (number ? number.belowTypeAreaMm : 0) + 'mm',
      '--sheet-number-indent': (number ? number.indentCharacters : 0) + 'em',
    };
    const root = doc.documentElement;
    for (const name in values) root.style.setProperty(name, values[name]);
    root.classList.add('plan-paged');
    let style = doc.getElementById(STYLE_ID);
    if (!style) {
      style = doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = STYLE;
      doc.head.appendChild(style);
    }
  }

  /** A block whose children are all blocks, with nothing of its own above or below them: it is fragmented by its children. */
  function isContainer(element, style, view) {
    if (style.display !== 'block' || AVOID.has(style.breakInside) || style.position === 'absolute' || style.position === 'fixed') return false;
    if (parseFloat(style.paddingTop) || parseFloat(style.paddingBottom) || parseFloat(style.borderTopWidth) || parseFloat(style.borderBottomWidth)) return false;
    if (style.minHeight !== 'auto' && parseFloat(style.minHeight)) return false;
    let blocks = 0;
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        if (child.data.trim() !== '') return false;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const display = view.getComputedStyle(child).display;
      if (display === 'none') continue;
      if (INLINE.has(display)) return false;
      blocks += 1;
    }
    return blocks > 0;
  }

  function collect(container, view, galleyTop, leaves, pending) {
    for (const element of container.children) {
      const style = view.getComputedStyle(element);
      if (style.display === 'none') continue;
      if (FORCED.has(style.breakBefore)) pending.forced = true;
      if (isContainer(element, style, view)) {
        collect(element, view, galleyTop, leaves, pending);
      } else {
        const box = element.getBoundingClientRect();
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        leaves.push({
          element,
          parent: container,
          index: leaves.length,
          top: box.top - galleyTop,
          bottom: box.bottom - galleyTop,
          contentTop: box.top - galleyTop + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth),
          marginTop: parseFloat(style.marginTop) || 0,
          forced: pending.forced,
          keep: AVOID.has(style.breakAfter),
          kind: style.display === 'table' ? 'table' : AVOID.has(style.breakInside) || style.display.includes('flex') || style.display.includes('grid') ? 'whole' : 'lines',
          lineHeight,
          positions: null,
          rows: null,
        });
        pending.forced = false;
      }
      if (FORCED.has(style.breakAfter)) pending.forced = true;
    }
  }

  /** Every character of a block that is drawn (not white space), in text order: where a line may be cut. */
  function positionsOf(leaf, doc) {
    if (leaf.positions) return leaf.positions;
    const positions = [];
    const walker = doc.createTreeWalker(leaf.element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      for (let offset = 0; offset < text.length; offset += 1) {
        const code = text.charCodeAt(offset);
        if (code >= 0xdc00 && code <= 0xdfff) continue;
        if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12) continue;
        positions.push({ node, offset, end: code >= 0xd800 && code <= 0xdbff ? offset + 2 : offset + 1 });
      }
    }
    leaf.positions = positions;
    return positions;
  }

  /** The vertical middle of a character's box, from the galley's top. */
  function middleOf(position, range, galleyTop) {
    range.setStart(position.node, position.offset);
    range.setEnd(position.node, Math.min(position.end, position.node.data.length));
    const box = range.getBoundingClientRect();
    return (box.top + box.bottom) / 2 - galleyTop;
  }

  /** The block that lays out the line a character is on: the cut block, or a block inside it. */
  function lineBlockOf(node, leaf, view) {
    for (let element = node.parentElement; element && element !== leaf.element; element = element.parentElement) {
      if (!INLINE.has(view.getComputedStyle(element).display)) return element;
    }
    return leaf.element;
  }

  /**
   * Where to cut a paragraph so that its lines from 'from' down to 'limit'
   * stay: the first character whose line ends below the limit, and that
   * line's top. Null when not even its first line fits.
   */
  function lineCut(leaf, from, limit, context) {
    const positions = positionsOf(leaf, context.doc);
    const pitch = leaf.lineHeight;
    let low = from ? from.index : 0;
    let high = positions.length;
    // A line whose middle is more than half a line above the limit ends above it.
    while (low < high) {
      const middle = (low + high) >> 1;
      if (middleOf(positions[middle], context.range, context.galleyTop) > limit - pitch / 2 + SLACK) high = middle;
      else low = middle + 1;
    }
    if (low >= positions.length || low === (from ? from.index : 0)) return null;
    const position = positions[low];
    const middle = middleOf(position, context.range, context.galleyTop);
    // On the grid: the line's top is a whole number of lines below the paragraph's first.
    const top = leaf.contentTop + Math.round((middle - pitch / 2 - leaf.contentTop) / pitch) * pitch;
    const block = lineBlockOf(position.node, leaf, context.view);
    let depth = 0;
    for (let element = position.node.parentElement; element && element !== leaf.element; element = element.parentElement) depth += 1;
    let blockDepth = 0;
    for (let element = block; element !== leaf.element; element = element.parentElement) blockDepth += 1;
    return {
      index: low,
      node: position.node,
      offset: position.offset,
      top,
      block,
      // From the cut block down to the text: extractContents repeats these elements at the head of the part after the cut.
      blockDepth,
      depth,
      justified: context.view.getComputedStyle(block).textAlign === 'justify',
    };
  }

  /** Where to cut a table: the first body row that ends below the limit, the next sheet starting with the header rows repeated. */
  function rowCut(leaf, from, limit, galleyTop) {
    const table = leaf.element;
    if (!leaf.rows) {
      const head = table.tHead;
      const headBox = head ? head.getBoundingClientRect() : null;
      leaf.rows = Array.from(table.rows, (row) => {
        const box = row.getBoundingClientRect();
        return { row, head: head !== null && head.contains(row), top: box.top - galleyTop, bottom: box.bottom - galleyTop };
      });
      leaf.headHeight = headBox ? headBox.height : 0;
    }
    const rows = leaf.rows;
    let start = from ? from.index : rows.findIndex((row) => !row.head);
    if (start < 0) return null;
    let cut = start;
    while (cut < rows.length && rows[cut].bottom <= limit + SLACK) cut += 1;
    if (cut >= rows.length || cut === start) return null;
    return { index: cut, top: rows[cut].top - leaf.headHeight };
  }

  /** Which blocks go on which sheet: from the galley's numbers alone. */
  function plan(leaves, height, context) {
    const sheets = [{ top: 0, pieces: [], unnumbered: false, foot: null }];
    let sheet = sheets[0];
    const open = (top) => {
      sheet = { top, pieces: [], unnumbered: false, foot: null };
      sheets.push(sheet);
    };
    for (const leaf of leaves) {
      if (leaf.forced && sheet.pieces.length > 0) open(leaf.top - leaf.marginTop);
      let from = null;
      let moved = false;
      for (;;) {
        const limit = sheet.top + height;
        const first = sheet.pieces.length === 0;
        if (leaf.bottom <= limit + SLACK) {
          sheet.pieces.push({ leaf, from, to: null });
          break;
        }
        const cut = leaf.kind === 'lines' ? lineCut(leaf, from, limit, context) : leaf.kind === 'table' ? rowCut(leaf, from, limit, context.galleyTop) : null;
        if (cut) {
          sheet.pieces.push({ leaf, from, to: cut });
          open(cut.top);
          from = cut;
          continue;
        }
        if (first || moved) {
          // Taller than a sheet and not to be cut: it runs over, as in print.
          sheet.pieces.push({ leaf, from, to: null });
          break;
        }
        // Nothing of it fits: the sheet ends before it, or earlier when the headings before it
        // must go on with it: at the latest break that parts no heading from what it heads.
        moved = true;
        const pieces = sheet.pieces;
        let chain = pieces.length;
        while (chain > 0 && pieces[chain - 1].from === null && pieces[chain - 1].to === null && pieces[chain - 1].leaf.keep) chain -= 1;
        if (chain === pieces.length) {
          open(leaf.top);
          continue;
        }
        // Between two lines of a heading that wraps: the last of its lines goes on.
        let inside = null;
        for (let index = pieces.length - 1; index >= chain && !inside; index -= 1) {
          const held = pieces[index].leaf;
          const cut = held.kind === 'lines' ? lineCut(held, null, held.bottom - held.lineHeight, context) : null;
          if (cut) inside = { index, cut };
        }
        if (inside) {
          const carried = pieces.splice(inside.index);
          const held = carried[0].leaf;
          sheet.pieces.push({ leaf: held, from: null, to: inside.cut });
          open(inside.cut.top);
          sheet.pieces.push({ leaf: held, from: inside.cut, to: null }, ...carried.slice(1));
        } else if (chain > 0) {
          const carried = pieces.splice(chain);
          open(carried[0].leaf.top);
          sheet.pieces.push(...carried);
        } else {
          // Headings fill the whole sheet: nothing better than to break here.
          open(leaf.top);
        }
      }
    }
    return sheets;
  }

  /** The elements each piece of a cut block becomes: the block itself for the first, parts split off it for the rest. */
  function split(pieces, doc) {
    const leaf = pieces[0].leaf;
    const parts = new Array(pieces.length);
    parts[0] = leaf.element;
    if (pieces.length === 1) return parts;
    if (leaf.kind === 'table') {
      const table = leaf.element;
      for (let index = pieces.length - 1; index >= 1; index -= 1) {
        const from = pieces[index].from.index;
        const to = pieces[index].to ? pieces[index].to.index : leaf.rows.length;
        const part = table.cloneNode(false);
        part.removeAttribute('id');
        for (const child of table.children) {
          if (child.tagName === 'COLGROUP' || child.tagName === 'THEAD') part.append(child.cloneNode(true));
        }
        const entries = leaf.rows.slice(from, to);
        const sources = entries.map((entry) => entry.row.parentElement);
        let section = null;
        entries.forEach((entry, place) => {
          if (place === 0 || sources[place] !== sources[place - 1]) {
            section = sources[place].cloneNode(false);
            part.append(section);
          }
          section.append(entry.row);
        });
        for (const element of part.querySelectorAll('[id]')) element.removeAttribute('id');
        parts[index] = part;
      }
      return parts;
    }
    const range = doc.createRange();
    for (let index = pieces.length - 1; index >= 1; index -= 1) {
      const cut = pieces[index].from;
      range.setStart(cut.node, cut.offset);
      range.setEnd(leaf.element, leaf.element.childNodes.length);
      const rest = leaf.element.cloneNode(false);
      rest.removeAttribute('id');
      rest.append(range.extractContents());
      // The line after the cut goes on from the one before it: no first-line indent.
      let block = rest;
      for (let depth = 0; depth < cut.blockDepth && block.firstElementChild; depth += 1) block = block.firstElementChild;
      block.style.textIndent = '0';
      // The line before the cut is not the paragraph's last: justified to both edges, as in print.
      if (cut.justified) cut.block.style.textAlignLast = 'justify';
      parts[index] = rest;
    }
    return parts;
  }

  function build(doc, sheets, galley, spec) {
    const desk = doc.createElement('div');
    desk.className = 'plan-desk';
    const cloned = new Set();
    const parts = new Map();
    const byLeaf = new Map();
    for (const sheet of sheets) {
      for (const piece of sheet.pieces) {
        const list = byLeaf.get(piece.leaf) || [];
        list.push(piece);
        byLeaf.set(piece.leaf, list);
      }
    }
    for (const [leaf, pieces] of byLeaf) {
      const elements = split(pieces, doc);
      pieces.forEach((piece, index) => parts.set(piece, elements[index]));
      leaf.element.dataset.planLeaf = String(leaf.index);
      for (const element of elements) element.dataset.planLeaf = String(leaf.index);
    }
    sheets.forEach((sheet, index) => {
      const number = index + 1;
      const element = doc.createElement('div');
      element.className = 'plan-sheet ' + (number % 2 === 1 ? 'odd' : 'even');
      element.dataset.page = String(number);
      const area = doc.createElement('div');
      area.className = 'plan-sheet-area';
      element.append(area);
      const clones = new Map();
      const chain = (container) => {
        if (container === galley) return area;
        let clone = clones.get(container);
        if (clone) return clone;
        const parent = chain(container.parentElement);
        clone = container.cloneNode(false);
        if (cloned.has(container)) {
          clone.removeAttribute('id');
          clone.classList.add('plan-continued');
        } else {
          cloned.add(container);
        }
        parent.append(clone);
        clones.set(container, clone);
        return clone;
      };
      sheet.pieces.forEach((piece, place) => {
        const part = parts.get(piece);
        // A margin at the top of a sheet after an unforced break is dropped, as in print.
        if (place === 0 && index > 0 && piece.from === null && !piece.leaf.forced) part.classList.add('plan-sheet-top');
        chain(piece.leaf.parent).append(part);
      });
      if (sheet.foot) {
        const foot = doc.createElement('div');
        foot.className = 'plan-sheet-foot';
        let holder = foot;
        const ancestors = [];
        for (let container = sheet.foot.parentElement; container && container !== galley; container = container.parentElement) ancestors.unshift(container);
        for (const container of ancestors) {
          const clone = container.cloneNode(false);
          clone.removeAttribute('id');
          holder.append(clone);
          holder = clone;
        }
        holder.append(sheet.foot);
        area.append(foot);
      }
      if (spec.pageNumber && !sheet.unnumbered) {
        const mark = doc.createElement('p');
        mark.className = 'plan-page-number ' + (number % 2 === 1 ? 'odd' : 'even');
        mark.textContent = spec.pageNumber.before + number + spec.pageNumber.after;
        element.append(mark);
      }
      desk.append(element);
    });
    return desk;
  }

  /**
   * The 版记 (GB/T 9704 7.4, 7.5) at the foot of the last sheet when that is
   * even with room for it and a line to spare, else on the next even one;
   * a blank sheet comes first when the text ends on a full even sheet, and
   * then neither carries a page number.
   */
  function placeImprint(sheets, place, height, linePitch) {
    const box = place.getBoundingClientRect();
    const imprint = place.querySelector('.imprint');
    const needed = (imprint ? imprint.getBoundingClientRect().height : box.height) + linePitch;
    const last = sheets[sheets.length - 1];
    const lastPiece = last.pieces[last.pieces.length - 1];
    const used = lastPiece ? lastPiece.leaf.bottom - last.top : 0;
    const open = (unnumbered) => {
      const sheet = { top: 0, pieces: [], unnumbered, foot: null };
      sheets.push(sheet);
      return sheet;
    };
    let target = last;
    if (sheets.length % 2 === 1) target = open(false);
    else if (used + needed > height + SLACK) {
      open(true);
      target = open(true);
    }
    target.foot = place;
  }

  function paginate(doc) {
    const started = performance.now();
    const spec = specOf(doc);
    const view = doc.defaultView;
    if (!spec || !doc.body || !view) return null;
    setGeometry(doc, spec);
    const body = doc.body;
    // The 版记 is placed by sheet, not in the flow: measured apart, in its own place.
    const place = body.querySelector('.imprint-place');
    const placeParent = place ? place.parentElement : null;
    if (place) {
      place.remove();
      for (const blank of place.querySelectorAll('.blank-page')) blank.remove();
    }
    const galley = doc.createElement('div');
    galley.className = 'plan-galley';
    galley.append(...body.childNodes);
    body.append(galley);
    const galleyTop = galley.getBoundingClientRect().top;
    const leaves = [];
    collect(galley, view, galleyTop, leaves, { forced: false });
    const context = { doc, view, galleyTop, range: doc.createRange() };
    const sheets = plan(leaves, spec.areaHeightPx, context);
    if (place) {
      placeParent.append(place);
      placeImprint(sheets, place, spec.areaHeightPx, (spec.linePitchPt * 96) / 72);
    }
    const desk = build(doc, sheets, galley, spec);
    galley.remove();
    body.append(desk);
    return { sheets: sheets.length, ms: performance.now() - started };
  }

  return { paginate };
})();
`;
