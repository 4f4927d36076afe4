// Verified Contacts: the toolbar button scans the page in front of the reader.
//
// Nothing is sent anywhere until the reader asks: a click (or Alt+Shift+V) reads the tab's visible text and its
// links (content.js), posts them to the checking service's POST /v1/scan, and hands the answer back to the
// page to mark. The network call is made here, not in the page, so that the page's own Content-Security-Policy
// cannot block it and the page never sees the service's address.

const DEFAULT_SERVER = "http://127.0.0.1:8000";
const REQUEST_TIMEOUT_MS = 20_000;
// Frames with text scanned beside the page, the longest first: each is one request, and a page full of
// advertisement frames must not spend the reader's rate limit (120 requests a minute at the service).
const MAX_FRAMES = 8;

const BADGE_COLOURS = {high: "#c62828", medium: "#ef6c00", none: "#2e7d32", error: "#616161"}; // error: also "no verdict"

chrome.action.onClicked.addListener((tab) => scanTab(tab.id));

// A number or address selected anywhere (a text message shown in a web mail, a chat) opens the service's check
// page with it filled in and answered; only the selection is sent, and only on this click.
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({id: "check-selection", title: chrome.i18n.getMessage("menu_check_selection"), contexts: ["selection"]});
});
chrome.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId === "check-selection") {
    checkSelection(info.selectionText);
  }
});

async function checkSelection(text) {
  const value = text.trim().slice(0, 300); // the check's own limit
  return chrome.tabs.create({url: `${await serverAddress()}/?${new URLSearchParams({value})}`});
}

async function serverAddress() {
  const {server} = await chrome.storage.sync.get({server: DEFAULT_SERVER});
  return server.replace(/\/+$/, "");
}

// Scans one tab and marks its page; resolves to what the page was shown (for the badge, and for tests). The page's
// frames are read too where the browser lets the extension in (a web mail shows a message in a frame of its own
// site): each is scanned as the document it is and marked in place, and the page's panel and badge count them.
async function scanTab(tabId) {
  await chrome.action.setBadgeText({tabId, text: "…"});
  let shown;
  try {
    const everywhere = {tabId, allFrames: true};
    await chrome.scripting.executeScript({target: everywhere, files: ["content.js"]});
    const read = await chrome.scripting.executeScript({target: everywhere, func: () => verifiedContacts.collect()});
    const page = read.find((frame) => frame.frameId === 0);
    const frames = read.filter((frame) => frame.frameId !== 0 && frame.result?.characters > 0)
      .sort((a, b) => b.result.characters - a.result.characters).slice(0, MAX_FRAMES);
    const [answer, ...frameAnswers] = await Promise.all([page, ...frames].map((frame) => postScan(frame.result)));
    await Promise.all(frames.map((frame, at) => chrome.scripting.executeScript({
      target: {tabId, frameIds: [frame.frameId]}, func: (answer) => verifiedContacts.show(answer, {panel: false}),
      args: [frameAnswers[at]]})));
    [{result: shown}] = await chrome.scripting.executeScript({
      target: {tabId, frameIds: [0]}, func: (answer, frames) => verifiedContacts.show(answer, {frames}),
      args: [answer, frameAnswers.map((frameAnswer, at) => ({...frameAnswer, cut: frames[at].result.cut}))]});
    shown.frames = frames.length;
  } catch (error) {
    // A page the browser does not let extensions into (the Web Store, chrome:// pages) ends here too.
    await chrome.action.setBadgeBackgroundColor({tabId, color: BADGE_COLOURS.error});
    await chrome.action.setBadgeText({tabId, text: "!"});
    await chrome.action.setTitle({tabId, title: chrome.i18n.getMessage("badge_failed", [String(error.message || error)])});
    return {error: String(error.message || error)};
  }
  const [text, colour] = badge(shown);
  await chrome.action.setBadgeBackgroundColor({tabId, color: colour});
  await chrome.action.setBadgeText({tabId, text});
  await chrome.action.setTitle({tabId, title: shown.summary});
  return shown;
}

// The count of risky findings; else "?" when some are not in the registry (which never means safe), "✓" only
// when everything found is official, "0" when nothing was found.
function badge(shown) {
  const risky = shown.high + shown.medium;
  if (shown.error) {
    return ["!", BADGE_COLOURS.error];
  }
  if (risky) {
    return [String(risky), shown.high ? BADGE_COLOURS.high : BADGE_COLOURS.medium];
  }
  return shown.unknown ? ["?", BADGE_COLOURS.error] : shown.official ? ["✓", BADGE_COLOURS.none] : ["0", BADGE_COLOURS.error];
}

// The service's answer, or {error, detail} saying in a sentence why there is none: the page then says that
// nothing was checked, rather than showing no marks, which a reader would take for "nothing wrong here".
async function postScan(page) {
  const server = await serverAddress();
  let response;
  try {
    response = await fetch(`${server}/v1/scan`, {
      method: "POST", headers: {"Content-Type": "application/json"}, body: page.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)});
  } catch (error) {
    return {error: "unreachable", detail: chrome.i18n.getMessage("error_unreachable", [server, String(error.message || error)])};
  }
  let answer;
  try {
    answer = await response.json();
  } catch {
    answer = {};
  }
  if (!response.ok) {
    return {error: answer.error || `http_${response.status}`,
            detail: answer.detail || chrome.i18n.getMessage("error_status", [server, String(response.status)])};
  }
  return answer;
}

globalThis.scanTab = scanTab;
globalThis.checkSelection = checkSelection;
