/*
 * One script tag adds Lotse to any website:
 *   <script src="https://lotse.example.ch/embed.js" data-locale="de-CH" async></script>
 * A floating button opens a panel with the chat; Web Chat itself is only loaded on the first open.
 * Everything (scripts, tokens, Direct Line) comes from the origin this script was loaded from.
 *
 * "Frag Lotse" about a posting on the network's own site:
 *   - data-job="<id>" / data-training="<id>" on this script tag: the page is about that posting;
 *     when the visitor opens the chat, Lotse is asked about it (once per page view).
 *   - ?lotse-job=<id> / ?lotse-training=<id> in the page address: the chat opens at once and asks.
 *   - any element with data-lotse-job="<id>" / data-lotse-training="<id>": a click opens the chat
 *     and asks about that posting.
 * The server serves this file after lotse-chat.js, inside one function scope.
 */
var script = document.currentScript;
var origin = new URL(script.src, window.location.href).origin;
var locale = script.getAttribute('data-locale') || window.LotseChat.settings.defaultLocale;
var text = window.LotseChat.texts(locale);
var OPEN_KEY = 'lotse.embed.open';
/* The posting this page is about, asked when the chat is first opened (see above). */
var linked = window.LotseChat.postingAsked({ job: 'lotse-job', training: 'lotse-training' });
var pageAsk = linked || (script.getAttribute('data-job') ? { job: script.getAttribute('data-job') } : script.getAttribute('data-training') ? { training: script.getAttribute('data-training') } : null);

var css =
  '.lotse-embed-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;align-items:center;gap:10px;' +
  'padding:12px 18px 12px 14px;border:0;border-radius:999px;background:#0f6e78;color:#fff;font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",sans-serif;' +
  'box-shadow:0 6px 24px rgba(8,45,52,.28);cursor:pointer}' +
  '.lotse-embed-button:hover{background:#0c5b63}.lotse-embed-button:focus-visible{outline:3px solid #f2b33d;outline-offset:3px}' +
  '.lotse-embed-button svg{width:24px;height:24px;flex:none}' +
  '.lotse-embed-panel{position:fixed;right:20px;bottom:88px;z-index:2147483001;width:380px;height:min(620px,calc(100vh - 120px));display:none;flex-direction:column;' +
  'background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 12px 48px rgba(8,45,52,.32);font-family:system-ui,-apple-system,"Segoe UI",sans-serif}' +
  '.lotse-embed-panel.lotse-open{display:flex}' +
  '.lotse-embed-head{display:flex;align-items:center;justify-content:space-between;padding:12px 14px 12px 18px;background:#0f6e78;color:#fff;font-weight:600;font-size:15px}' +
  '.lotse-embed-close{border:0;background:transparent;color:#fff;font-size:24px;line-height:1;cursor:pointer;padding:2px 8px;border-radius:8px}' +
  '.lotse-embed-close:focus-visible{outline:3px solid #f2b33d}' +
  '.lotse-embed-body{flex:1;min-height:0}' +
  '.lotse-chat-problem{margin:24px;color:#7a2a1d}' +
  '.lotse-embed-loading{margin:24px;color:#4b5d61}' +
  '@media (max-width:520px){.lotse-embed-panel{right:0;bottom:0;width:100vw;height:100%;border-radius:0}' +
  '.lotse-embed-panel.lotse-open~.lotse-embed-button{display:none}.lotse-embed-button span{display:none}.lotse-embed-button{padding:14px}}';

var style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);

var panel = document.createElement('section');
panel.className = 'lotse-embed-panel';
panel.id = 'lotse-embed-panel';
panel.setAttribute('role', 'dialog');
panel.setAttribute('aria-label', text.title || 'Lotse');
var head = document.createElement('div');
head.className = 'lotse-embed-head';
var title = document.createElement('span');
title.textContent = text.title || 'Lotse';
var close = document.createElement('button');
close.type = 'button';
close.className = 'lotse-embed-close';
close.setAttribute('aria-label', text.close || 'Close');
close.textContent = '×';
head.appendChild(title);
head.appendChild(close);
var body = document.createElement('div');
body.className = 'lotse-embed-body';
panel.appendChild(head);
panel.appendChild(body);

var button = document.createElement('button');
button.type = 'button';
button.className = 'lotse-embed-button';
button.setAttribute('aria-controls', panel.id);
button.setAttribute('aria-expanded', 'false');
button.setAttribute('aria-label', text.open || 'Chat');
button.innerHTML =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' +
  '<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/></svg>';
var label = document.createElement('span');
label.textContent = text.openShort || 'Chat';
button.appendChild(label);

var started = null;

function loadWebChat() {
  if (window.WebChat) return Promise.resolve();
  return new Promise(function (resolve, reject) {
    var tag = document.createElement('script');
    tag.src = origin + '/webchat/webchat.js';
    tag.async = true;
    tag.onload = function () {
      resolve();
    };
    tag.onerror = reject;
    document.head.appendChild(tag);
  });
}

function remember(open) {
  try {
    window.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch (e) {
    /* storage blocked: the panel just starts closed after a reload */
  }
}

function setOpen(open, posting) {
  var ask = posting || (open && pageAsk) || null;
  if (open) pageAsk = null;
  panel.classList.toggle('lotse-open', open);
  button.setAttribute('aria-expanded', String(open));
  remember(open);
  if (open && !started) {
    var loading = document.createElement('p');
    loading.className = 'lotse-embed-loading';
    loading.textContent = text.loading || '…';
    body.appendChild(loading);
    started = loadWebChat().then(
      function () {
        return window.LotseChat.start(body, { origin: origin, locale: locale, job: ask && ask.job, training: ask && ask.training });
      },
      function () {
        loading.className = 'lotse-chat-problem';
        loading.textContent = text.unavailable || 'Chat unavailable.';
        started = null;
      },
    );
  } else if (open && ask) {
    started.then(function (chat) {
      if (chat) chat.ask(ask);
    });
  }
  if (open) setTimeout(function () {
    var input = body.querySelector('input, textarea');
    if (input) input.focus();
  }, 300);
  else button.focus();
}

button.addEventListener('click', function () {
  setOpen(!panel.classList.contains('lotse-open'));
});
close.addEventListener('click', function () {
  setOpen(false);
});
document.addEventListener('click', function (event) {
  var target = event.target && event.target.closest ? event.target.closest('[data-lotse-job],[data-lotse-training]') : null;
  if (!target) return;
  event.preventDefault();
  var job = target.getAttribute('data-lotse-job');
  setOpen(true, job ? { job: job } : { training: target.getAttribute('data-lotse-training') });
});
panel.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') setOpen(false);
});

function attach() {
  document.body.appendChild(panel);
  document.body.appendChild(button);
  try {
    if (linked || window.sessionStorage.getItem(OPEN_KEY) === '1') setOpen(true);
  } catch (e) {
    /* storage blocked */
  }
}
if (document.body) attach();
else document.addEventListener('DOMContentLoaded', attach);
