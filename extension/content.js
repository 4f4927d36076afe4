// Verified Contacts, in the page: reads what the reader sees and marks what the service found.
//
// Injected by background.js when the reader asks for a scan, never before, into the page and each of its frames
// it may enter (a web mail shows the message in one). `collect()` builds a document's visible text from its text
// nodes (keeping where each node starts, so that the service's spans can be put back on the page), with the
// links whose text sits in it; `show(answer)` marks every finding in place and, in the page itself, opens a
// panel with the advisories of the page and of its frames. Positions: the service counts code points, JavaScript counts
// UTF-16 units (an emoji or a mathematical digit is two); both conversions are here.

(() => {
  if (globalThis.verifiedContacts) {
    return; // a second click injects this file again; the first copy's state and functions stay
  }

  // The service refuses bodies over 2 MB (2,097,152 bytes): the text is cut to fit, with room for the JSON around it.
  const MAX_BODY_BYTES = 2_000_000;
  const MAX_LINKS = 2000; // the service's limit (MAX_SCAN_LINKS)
  const MAX_LIST_ITEMS = 5000; // the service's limit (MAX_SCAN_LIST_ITEMS)
  const MAX_FIELDS = 500; // the service's limit (MAX_SCAN_FIELDS)
  const MAX_FIELD_CHARS = 500;
  const MAX_SALT_CHARACTERS = 3; // the most a transparent text right after a shown letter is read as salt (the service's)
  const BUTTON_INPUTS = new Set(["submit", "button", "reset"]);
  const MAX_HREF_CHARS = 2000;
  // What a tap dials or opens where no link does: a click handler's tel:, sms: or web address, a data-tel or data-phone
  // number ("点击拨打" buttons, a fake help page's "Chat with an agent" button), read as the service reads them from HTML
  // (registry/htmltext.py, _opened_on_a_tap)
  // (and a press's handler, which may swap a link's href: "onmousedown=\"this.href='https://evil.com'\"")
  const CLICK_HANDLERS = ["onclick", "onmousedown", "onmouseup", "onpointerdown", "ontouchstart", "onauxclick"];
  const TAPPED = ["a[href]", "[data-tel]", "[data-phone]",
    ...CLICK_HANDLERS.flatMap((handler) => ["tel:", "sms:", "http"].map((target) => `[${handler}*="${target}" i]`))].join(", ");
  const CLICK_TARGET = /(?:location(?:\.href)?|window\.open|location\.(?:assign|replace)|this\.href)\s*(?:=|\()\s*['"]((?:tel|sms):[^'"]{1,60}|https?:\/\/[^'"\s]{1,2000})['"]/i;
  const DIAL_ATTRIBUTES = ["data-tel", "data-phone"];
  const DIALLED = /^\+?[\d\s().-]{3,40}$/;
  const PANEL_ID = "verified-contacts-panel";
  const MARK_CLASS = "verified-contacts-mark";
  // Never text a reader reads, or text we cannot wrap in a mark without breaking the element (svg, form controls).
  const SKIPPED = new Set(["script", "style", "noscript", "template", "textarea", "select", "option", "svg", "math",
                           "iframe", "canvas", "video", "audio", "head", "noframes", "noembed", "progress", "meter"]);
  const RISK_ORDER = {high: 0, medium: 1, unknown: 2, low: 3};
  const MARK_STYLE = {
    high: "background:#ffcdd2;color:#000;outline:2px solid #c62828;border-radius:2px",
    medium: "background:#ffe0b2;color:#000;outline:2px solid #ef6c00;border-radius:2px",
    low: "background:#c8e6c9;color:#000;outline:1px solid #2e7d32;border-radius:2px",
    unknown: "background:transparent;text-decoration:underline dotted #616161 2px",
  };

  let scanned = null; // {nodes: [{node, start}], text, pairs, cut}: the page as collect() read it

  const say = (key, substitutions) => chrome.i18n.getMessage(key, substitutions) || key;

  // -- reading the page ---------------------------------------------------------------------------

  function collect() {
    clear();
    const pieces = [];
    const nodes = [];
    const linkSpans = new Map(); // <a> → {start, end} in UTF-16 units of the text
    const blocks = new Map(); // element → the block it sits in
    const anchors = new Map(); // element → the <a href> around it, or null
    const preformatted = new Map();
    const items = new Map(); // element → the list item (<li>, <dt>, <dd>) it sits in, or null
    const itemsBegun = new Set();
    const itemStarts = []; // where the line each list item's first text stands on starts: the text shows no bullet
    const termStarts = []; // ... of those, each description list term's (<dt>): it says what the <dd>s under it are
    const fields = []; // {start, end}: what form fields show of their own, each on a line of its own
    let lineStart = 0;
    let length = 0;
    let lastBlock = null;
    let lineBreak = false;
    const seeThrough = new WeakSet(); // text nodes in a transparent colour (acceptNode)
    let shownLast = false; // whether the text read last is shown for certain
    const root = document.body || document.documentElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) {
          // Text in a font of size zero shows nothing: phishing mail and spam pages hide letters and digits there to break
          // what filters read ("Pay<span style=font-size:0>x</span>Pal"); the parent's computed size, as the page sets it
          const parent = node.parentElement;
          const style = parent && getComputedStyle(parent);
          // (nor text whose element is hidden while a child of it shows again, "visibility: visible", which the walker
          // goes into; nor the content of one whose content-visibility is hidden, hidden="until-found")
          if (!style || style.fontSize === "0px" || style.visibility !== "visible" || style.contentVisibility === "hidden") {
            return NodeFilter.FILTER_REJECT;
          }
          // (opacity 0 is left out by checkVisibility below; a transparent colour too where it is salt, see the loop)
          if (style.color === "rgba(0, 0, 0, 0)" && style.backgroundClip !== "text" && style.webkitBackgroundClip !== "text") {
            seeThrough.add(node);
          }
          return NodeFilter.FILTER_ACCEPT;
        }
        if (node.localName === "input" || node.localName === "textarea") { // read for what they show (shownInAField)
          return node.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
        }
        // (an <object> with a resource shows it, not its content; one with none shows its content, as htmltext reads it)
        if (SKIPPED.has(node.localName) || node.id === PANEL_ID || (node.localName === "object" && node.getAttribute("data"))) {
          return NodeFilter.FILTER_REJECT;
        }
        if (node.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) {
          return NodeFilter.FILTER_ACCEPT;
        }
        // display: contents has no box of its own, so it is never "visible", but its children are; nor is an element whose
        // visibility is hidden, but a child of it that sets "visibility: visible" shows (its own text is left out above)
        return getComputedStyle(node).display === "contents" || node.checkVisibility({checkOpacity: true})
          ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE) {
        // (an empty paragraph is a line's end too, as a browser shows a stray "</p>")
        lineBreak = lineBreak || node.localName === "br" || (node.localName === "p" && !node.firstChild);
        // A wallet drainer asks in its field: <textarea placeholder="Enter your Secret Recovery Phrase">
        const shown = shownInAField(node);
        if (shown && fields.length < MAX_FIELDS) {
          if (length > 0) {
            pieces.push("\n");
            length += 1;
          }
          lineStart = length;
          fields.push({start: length, end: length + shown.length});
          pieces.push(shown);
          length += shown.length;
          lastBlock = node; // what follows starts a line of its own
        }
        continue;
      }
      const parent = node.parentElement;
      if (!parent || node.data.length === 0 || parent.localName === "textarea") {
        continue; // (a text area's own text is what is typed in it: never read)
      }
      // "Hidden text salting": a letter or digit or two in a transparent colour right after a shown one
      // ("400<span style=color:transparent>9</span>8201688" shows 4008201688). Only such salt: a logo's name is often
      // written transparent over its image, which shows it (the service reads markup alike: htmltext._see_through).
      const faint = seeThrough.has(node);
      if (faint && node.data.length <= MAX_SALT_CHARACTERS && shownLast && /[\p{L}\p{N}]$/u.test(pieces.at(-1) ?? "")) {
        continue;
      }
      // Two blocks' texts, or two table cells', are two lines: "12345" and "67890" side by side in two cells are
      // not one number, and a name in one paragraph does not present the number in the next.
      const block = remembered(blocks, parent, blockOf);
      if (length > 0 && (block !== lastBlock || lineBreak)) {
        pieces.push("\n");
        length += 1;
        lineStart = length;
      }
      lastBlock = block;
      lineBreak = false;
      // Source line breaks inside a paragraph are spaces on screen; each becomes one space, so positions hold.
      const data = remembered(preformatted, parent, isPreformatted) ? node.data : node.data.replace(/[\t\n\r\f]/g, " ");
      const anchor = remembered(anchors, parent, tappedAround);
      if (anchor) {
        const span = linkSpans.get(anchor) || {start: length};
        span.end = length + data.length;
        linkSpans.set(anchor, span);
      }
      // A heading that warns of the scams listed under it ("以下情况都是诈骗：") reaches the list's items; the service
      // knows a line for an item by its bullet or number, which an <li>'s text does not hold, so it is told.
      const item = remembered(items, parent, (element) => element.closest("li, dt, dd"));
      if (item && !itemsBegun.has(item) && data.trim()) {
        itemsBegun.add(item);
        itemStarts.push(lineStart);
        if (item.localName === "dt") {
          termStarts.push(lineStart);
        }
      }
      nodes.push({node, start: length});
      pieces.push(data);
      length += data.length;
      shownLast = !faint;
    }
    // Half of an emoji with no other half (a script that cut a string between the two, as previews do) is not
    // JSON the service can read, and the whole page would go unchecked: U+FFFD in its place, as the page draws
    // it. One UTF-16 unit for one, so every node's offset holds.
    let text = pieces.join("").toWellFormed();
    let links = pageLinks(linkSpans);
    let cutAt = null;
    for (;;) {
      const pairs = surrogatePairs(text);
      const body = JSON.stringify({
        text,
        links: links.map((link) => ({href: link.href, start: toCodePoints(pairs, link.start), end: toCodePoints(pairs, link.end)})),
        list_items: itemStarts.filter((start) => start <= text.length).slice(0, MAX_LIST_ITEMS)
          .map((start) => toCodePoints(pairs, start)),
        terms: termStarts.filter((start) => start <= text.length).slice(0, MAX_LIST_ITEMS)
          .map((start) => toCodePoints(pairs, start)),
        fields: fields.filter((span) => span.end <= text.length)
          .map((span) => ({start: toCodePoints(pairs, span.start), end: toCodePoints(pairs, span.end)})),
        // (a frame written by its page, about:srcdoc or about:blank, has no address of its own to check)
        url: /^https?:/.test(location.protocol) ? location.href.slice(0, 2000) : null,
        // <html lang="en-GB">: the region the page's national numbers are read in, when the page says one
        page_language: document.documentElement.lang.slice(0, 35) || null,
        // its title, which may name the provider the page is about ("小狐狸钱包客服电话是多少")
        page_title: document.title.trim().slice(0, 500) || null,
        lang: navigator.language.slice(0, 20), // the answer's language (the service takes 20 characters)
      });
      if (new TextEncoder().encode(body).length <= MAX_BODY_BYTES) {
        scanned = {nodes, text, pairs, cut: cutAt !== null};
        return {body, characters: text.trim().length, cut: cutAt !== null};
      }
      cutAt = Math.floor(text.length * 0.8);
      if (/[\uDC00-\uDFFF]/.test(text[cutAt] || "")) {
        cutAt -= 1; // never between the two halves of an emoji
      }
      text = text.slice(0, cutAt);
      links = links.filter((link) => link.end <= cutAt);
    }
  }

  // What a form field shows of its own: an empty field's placeholder, a button's label. Never what is typed in a
  // field, which is the reader's (and may be the very phrase a drainer asks for).
  function shownInAField(element) {
    const name = element.localName;
    if (name !== "input" && name !== "textarea") {
      return "";
    }
    const type = name === "input" ? (element.getAttribute("type") || "text").toLowerCase() : "textarea";
    if (type === "hidden") {
      return "";
    }
    const shown = BUTTON_INPUTS.has(type) ? element.value : element.value ? "" : element.placeholder;
    return (shown || "").split(/\s+/).filter(Boolean).join(" ").slice(0, MAX_FIELD_CHARS);
  }

  function remembered(memo, key, compute) {
    if (!memo.has(key)) {
      memo.set(key, compute(key));
    }
    return memo.get(key);
  }

  function blockOf(element) {
    for (let current = element; current && current !== document.body; current = current.parentElement) {
      const display = getComputedStyle(current).display;
      if (!display.startsWith("inline") && display !== "contents") {
        return current;
      }
    }
    return document.body;
  }

  function isPreformatted(element) {
    const whiteSpace = getComputedStyle(element).whiteSpace;
    return whiteSpace.startsWith("pre") || whiteSpace === "break-spaces";
  }

  // The links worth judging: those that dial, write or open an app (tel:, mailto:, trust://…), those that leave
  // the page's site, and those whose text shows an address or a number (on a phishing site, its own link under
  // "https://www.paypal.com" is the disguise). A page's own "Home" and "Next" are not sent.
  function pageLinks(linkSpans) {
    const links = [];
    for (const [anchor, span] of linkSpans) {
      // (an <a href> whose click handler opens another address is a link to both, as the service reads a page's HTML)
      const clicked = anchor.localName === "a" && anchor.href && !/^javascript:/i.test(anchor.href) ? clickTarget(anchor) : null;
      for (const href of new Set([linkTarget(anchor), clicked])) {
        if (span.end <= span.start || !href || href.length > MAX_HREF_CHARS || /^javascript:/i.test(href)) {
          continue;
        }
        let leaves = true;
        try {
          const target = new URL(href);
          leaves = !/^https?:$/.test(target.protocol) || target.hostname !== location.hostname;
        } catch {
          continue;
        }
        if (leaves || /\d{3}|[a-z0-9-]\.[a-z]{2}/i.test(anchor.textContent)) {
          links.push({href, start: span.start, end: span.end});
        }
        if (links.length === MAX_LINKS) {
          return links;
        }
      }
    }
    return links;
  }

  // The innermost element around `element` that is a link or dials on a tap (a data-tel that holds no number is none).
  function tappedAround(element) {
    for (let around = element.closest(TAPPED); around; around = around.parentElement?.closest(TAPPED)) {
      if (linkTarget(around)) {
        return around;
      }
    }
    return null;
  }

  // An <a href>'s address, or what the element dials on a tap (an <a href="javascript:…"> too).
  function linkTarget(element) {
    const href = element.localName === "a" ? element.href : "";
    if (href && !/^javascript:/i.test(href)) {
      return href;
    }
    // (a javascript: link's own script too: "javascript:location.href='https://evil.com'" under a shown paypal.com)
    const clicked = clickTarget(element) || (href && openedBy(element.getAttribute("href")));
    if (clicked) {
      return clicked;
    }
    for (const name of DIAL_ATTRIBUTES) {
      const number = (element.getAttribute(name) || "").trim();
      if (number && DIALLED.test(number)) {
        return "tel:" + number;
      }
    }
    return href;
  }

  // The tel:, sms: or web address the element's click handler (or a press's) opens, or null.
  function clickTarget(element) {
    for (const name of CLICK_HANDLERS) {
      const target = openedBy(element.getAttribute(name));
      if (target) {
        return target;
      }
    }
    return null;
  }

  // The tel:, sms: or web address a script (a handler's, a javascript: link's) opens, or null.
  function openedBy(script) {
    const target = script && CLICK_TARGET.exec(script);
    return target ? target[1].trim() : null;
  }

  // UTF-16 indexes of every surrogate pair's first half, in order.
  function surrogatePairs(text) {
    const pairs = [];
    const pattern = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      pairs.push(match.index);
    }
    return pairs;
  }

  // How many pairs hold a test true: the pairs are in order, so the ones it holds for come first.
  function countWhile(pairs, test) {
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (test(pairs[middle], middle)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  function toCodePoints(pairs, unit) {
    return unit - countWhile(pairs, (pair) => pair + 1 < unit);
  }

  function toUnits(pairs, codePoint) {
    // the k-th pair (from 0) starts at code point pair - k
    return codePoint + countWhile(pairs, (pair, k) => pair - k < codePoint);
  }

  // -- showing the answer -------------------------------------------------------------------------

  // `frames`: the answers for the page's frames, already marked there (show(answer, {panel: false}) in each); the
  // page's panel and counts take them in, so a message shown in a web mail's frame is not "nothing found".
  function show(answer, {frames = [], panel: withPanel = true} = {}) {
    document.getElementById(PANEL_ID)?.remove(); // (not clear(): the text nodes collect() listed must stay as they are)
    if (answer.error) {
      if (withPanel) {
        panel([element("p", {class: "error"}, answer.detail || answer.error),
               element("p", {}, say("nothing_checked"))]);
      }
      return {error: answer.error, high: 0, medium: 0, marks: 0, summary: answer.detail || answer.error};
    }
    const findings = judged(answer);
    const marks = scanned ? markAll(markable(findings)) : 0;
    const answered = frames.filter((frame) => !frame.error);
    const everywhere = [...findings, ...answered.flatMap((frame) => judged(frame).map((finding) => ({...finding, inFrame: true})))];
    const counts = {high: 0, medium: 0, low: 0, unknown: 0};
    for (const finding of distinctFindings(everywhere)) {
      counts[finding.risk] = (counts[finding.risk] || 0) + 1;
    }
    const summary = say("summary", [String(counts.high), String(counts.medium), String(counts.low), String(counts.unknown)]);
    if (withPanel) {
      const failed = frames.filter((frame) => frame.error).map((frame) => say("frame_not_checked", [frame.detail || frame.error]));
      panel(panelBody([answer, ...answered], everywhere, summary, failed));
    }
    return {high: counts.high, medium: counts.medium, official: counts.low, unknown: counts.unknown, marks, summary};
  }

  // An answer's findings worth showing, each with its number in the answer (what its marks point back to).
  function judged(answer) {
    return answer.findings.map((finding, number) => ({...finding, number})).filter((finding) => finding.verdict !== "invalid");
  }

  // A link's text is judged twice (as shown, and as where it goes) and an address may be a number too: the
  // riskiest finding on a stretch of text is the one marked there; at equal risk, what the text shows (whose
  // reasons say where the link goes instead) over the link's target.
  function markable(findings) {
    const kept = [];
    const order = (a, b) => RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || (a.source === "link") - (b.source === "link") || a.start - b.start;
    for (const finding of [...findings].sort(order)) {
      if (finding.end > finding.start && !kept.some((other) => finding.start < other.end && other.start < finding.end)) {
        kept.push(finding);
      }
    }
    return kept;
  }

  // The same number or address written twice is one finding to count.
  function distinctFindings(findings) {
    const byValue = new Map();
    for (const finding of findings) {
      const key = `${finding.kind} ${finding.value}`;
      const known = byValue.get(key);
      if (!known || RISK_ORDER[finding.risk] < RISK_ORDER[known.risk]) {
        byValue.set(key, finding);
      }
    }
    return byValue.values();
  }

  // Wraps each finding's text in marks, one per text node it spans; returns how many. Each text node is replaced
  // once, by its pieces and marks: splitting one node per mark copies the rest of its text every time, which
  // on a long page written as one text node (2,000 findings in a megabyte) took most of a minute.
  function markAll(findings) {
    const {nodes, pairs} = scanned;
    const pieces = new Map(); // index in nodes → [{from, to, finding}] in that node's own positions
    for (const finding of findings) {
      const start = toUnits(pairs, finding.start);
      const end = toUnits(pairs, finding.end);
      const last = countWhile(nodes, (entry) => entry.start < end) - 1;
      for (let at = Math.max(0, countWhile(nodes, (entry) => entry.start <= start) - 1); at <= last; at += 1) {
        const {node, start: nodeStart} = nodes[at];
        const from = Math.max(start, nodeStart) - nodeStart;
        const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
        if (to > from) {
          remembered(pieces, at, () => []).push({from, to, finding});
        }
      }
    }
    let made = 0;
    for (const [at, marks] of pieces) {
      const {node} = nodes[at];
      if (!node.isConnected) {
        continue; // the page moved on since it was read
      }
      const text = node.data;
      const replacement = document.createDocumentFragment();
      let done = 0;
      for (const {from, to, finding} of marks.sort((a, b) => a.from - b.from)) {
        replacement.append(text.slice(done, from), markFor(finding, text.slice(from, to)));
        done = to;
        made += 1;
      }
      replacement.append(text.slice(done));
      node.replaceWith(replacement);
    }
    return made;
  }

  function markFor(finding, text) {
    const wrapper = document.createElement("mark");
    wrapper.className = MARK_CLASS;
    wrapper.dataset.vcVerdict = finding.verdict;
    wrapper.dataset.vcRisk = finding.risk;
    wrapper.dataset.vcFinding = String(finding.number);
    wrapper.dataset.vcValue = finding.value;
    wrapper.setAttribute("style", MARK_STYLE[finding.risk] || MARK_STYLE.unknown);
    wrapper.title = `${verdictLabel(finding)}\n${finding.reasons.map((reason) => reason.message).join("\n")}`;
    wrapper.textContent = text;
    return wrapper;
  }

  // Scrolls the finding's first mark into view and flashes it; a finding marked nowhere (its text changed since,
  // or a link's target beside its text) brings the first mark of the same value instead.
  function showOnPage(finding) {
    const marks = document.querySelectorAll(`mark.${MARK_CLASS}`);
    const mark = [...marks].find((each) => each.dataset.vcFinding === String(finding.number))
      || [...marks].find((each) => each.dataset.vcValue === finding.value);
    if (mark) {
      mark.scrollIntoView({block: "center"});
      mark.animate([{outlineWidth: "6px"}, {outlineWidth: "2px"}], {duration: 800});
    }
  }

  function verdictLabel(finding) {
    return say(`verdict_${finding.verdict}`) + (finding.presented_as ? ` · ${say("presented_as", [finding.presented_as.name])}` : "");
  }

  // `answers`: the page's, then its frames'; `failed`: a sentence for each frame that could not be checked.
  function panelBody(answers, findings, summary, failed) {
    const parts = [element("p", {class: "summary"}, summary)];
    // cut here to fit the body limit, or by the service's own limits
    if (scanned?.cut || answers.some((answer) => answer.cut || answer.stats?.truncated)) {
      parts.push(element("p", {class: "note"}, say("truncated")));
    }
    parts.push(...failed.map((sentence) => element("p", {class: "error"}, sentence)));
    const channelsShown = new Set(); // a provider's channels once, under its first advisory, not under each
    const advisoriesShown = new Set(); // the page and a frame saying the same of the same provider: once
    for (const advisory of answers.flatMap((answer) => answer.advisories)) {
      if (advisoriesShown.has(advisory.message)) {
        continue;
      }
      advisoriesShown.add(advisory.message);
      const repeated = channelsShown.has(advisory.provider);
      channelsShown.add(advisory.provider);
      const channels = repeated ? [] : (advisory.official_channels || []).map((channel) => channel.display || channel.value);
      parts.push(element("div", {class: `advisory ${advisory.severity}`, "data-code": advisory.code},
        element("p", {}, advisory.message),
        channels.length ? element("p", {class: "channels"}, say("official_channels", [channels.join(" · ")])) : null));
    }
    const risky = findings.filter((finding) => finding.risk === "high" || finding.risk === "medium");
    if (risky.length) {
      parts.push(element("ul", {class: "findings"}, ...risky.map((finding) => element("li", {"data-verdict": finding.verdict},
        element("strong", {}, finding.text), ` — ${verdictLabel(finding)}: `,
        finding.reasons.length ? finding.reasons[finding.reasons.length - 1].message : "",
        finding.inFrame ? null : element("button", {type: "button", class: "show", onclick: () => showOnPage(finding)}, say("show_on_page"))))));
    }
    parts.push(element("p", {class: "note"}, say("not_listed_is_not_safe")));
    return parts;
  }

  function panel(children) {
    const host = document.createElement("div");
    host.id = PANEL_ID;
    host.setAttribute("style", "all:initial;position:fixed;top:12px;right:12px;z-index:2147483647");
    const shadow = host.attachShadow({mode: "open"});
    shadow.append(element("style", {}, PANEL_CSS), element("section", {role: "dialog", "aria-label": say("extension_name")},
      element("header", {}, element("span", {}, say("extension_name")),
        element("button", {type: "button", class: "close", "aria-label": say("close"), onclick: () => host.remove()}, "×")),
      ...children));
    document.documentElement.append(host);
  }

  function element(name, attributes, ...children) {
    const made = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value === "function") {
        made.addEventListener(key.slice(2), value);
      } else {
        made.setAttribute(key, value);
      }
    }
    made.append(...children.filter((child) => child !== null && child !== undefined)); // text as text: never HTML
    return made;
  }

  function clear() {
    document.getElementById(PANEL_ID)?.remove();
    for (const old of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
      const parent = old.parentNode;
      old.replaceWith(...old.childNodes);
      parent.normalize(); // join the split text back, so the next scan reads the page as it was
    }
    scanned = null;
  }

  const PANEL_CSS = `
    section { font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; background: #fff; width: 380px; max-height: 70vh;
              overflow: auto; border: 1px solid #9e9e9e; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 0 12px 8px; }
    header { display: flex; justify-content: space-between; align-items: center; font-weight: 600; padding: 8px 0; }
    .close { border: none; background: none; font-size: 20px; cursor: pointer; }
    .summary { font-weight: 600; }
    .advisory { border-left: 4px solid #9e9e9e; padding: 2px 8px; margin: 8px 0; }
    .advisory.high { border-color: #c62828; background: #ffebee; }
    .advisory.medium { border-color: #ef6c00; background: #fff3e0; }
    .channels { font-size: 13px; }
    .findings { padding-left: 18px; }
    .findings li { margin: 4px 0; }
    .show { margin-left: 6px; font-size: 12px; cursor: pointer; }
    .error { color: #b71c1c; font-weight: 600; }
    .note { font-size: 12px; color: #555; }`;

  globalThis.verifiedContacts = {collect, show, clear};
})();
