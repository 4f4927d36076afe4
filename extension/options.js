// The checking service's address. A service other than one on this computer needs the reader's permission to be
// reached (optional_host_permissions), asked for when it is saved; nothing is saved that could not be reached.

const DEFAULT_SERVER = "http://127.0.0.1:8000";
const form = document.getElementById("options");
const field = document.getElementById("server");
const status = document.getElementById("status");

for (const labelled of document.querySelectorAll("[data-message]")) {
  labelled.textContent = chrome.i18n.getMessage(labelled.dataset.message);
}

chrome.storage.sync.get({server: DEFAULT_SERVER}).then(({server}) => { field.value = server; });

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  let address;
  try {
    address = new URL(field.value.trim());
  } catch {
    address = null;
  }
  if (!address || !/^https?:$/.test(address.protocol)) {
    status.textContent = chrome.i18n.getMessage("options_bad_address");
    return;
  }
  const origin = `${address.protocol}//${address.hostname}/*`;
  if (!(await chrome.permissions.request({origins: [origin]}))) {
    status.textContent = chrome.i18n.getMessage("options_permission_refused", [address.origin]);
    return;
  }
  await chrome.storage.sync.set({server: address.origin + address.pathname.replace(/\/+$/, "")});
  status.textContent = chrome.i18n.getMessage("options_saved");
});
