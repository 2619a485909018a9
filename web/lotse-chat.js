/*
 * Lotse chat client: gets a Direct Line token from the Lotse server and renders the stock
 * Bot Framework Web Chat. Used by the demo page and by embed.js.
 *
 * - The user id lives in localStorage: a returning visitor keeps the same id, so Lotse finds the
 *   same profile again.
 * - The conversation id and token live in sessionStorage: a reload within the token lifetime
 *   resumes the same conversation, history included.
 * - A session has a maximum lifetime (the server refuses to refresh beyond it): the widget then
 *   quietly starts a fresh conversation for the same user id.
 * - When Lotse sends the event "lotse.forgetDevice" ("Gerät vergessen", "Profil löschen"), the
 *   widget drops the user id and the session; the confirmation stays visible, and the next message
 *   the person types starts a fresh conversation with a new user id.
 * - Opened from a board's "Passt das zu mir? Frag Lotse" (`/?job=<id>`, `/?training=<id>`), the
 *   widget asks Lotse about that posting once (the hidden button value "job:ask:<id>" or
 *   "training:ask:<id>"); embed.js does the same on a network's own site.
 *
 * The server prepends `window.LOTSE_SETTINGS = {defaultLocale, texts}` (texts from locales/web.*).
 */
(function () {
  'use strict';

  var settings = window.LOTSE_SETTINGS || { defaultLocale: 'de-CH', texts: {} };
  var USER_KEY = 'lotse.userId';
  var USER_ID = /^dl_[A-Za-z0-9_-]{16,64}$/;
  /* Web Chat has German UI strings as de-DE; the bot still gets the visitor's real locale. */
  var WEBCHAT_LOCALES = { 'de-CH': 'de-DE', 'de-DE': 'de-DE', en: 'en-US' };
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;
  var EXPIRED_TOKEN = 3;
  var FORGET_EVENT = 'lotse.forgetDevice';

  function texts(locale) {
    return settings.texts[locale] || settings.texts[settings.defaultLocale] || {};
  }

  /* Storage can be blocked (privacy settings, sandboxed iframes): then the chat still works, it just forgets. */
  function storage(kind) {
    try {
      var store = window[kind];
      store.getItem(USER_KEY);
      return store;
    } catch (e) {
      return null;
    }
  }

  function randomUserId() {
    var bytes = new Uint8Array(18);
    window.crypto.getRandomValues(bytes);
    var text = btoa(String.fromCharCode.apply(null, Array.prototype.slice.call(bytes)));
    return 'dl_' + text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function userId() {
    var local = storage('localStorage');
    var id = local && local.getItem(USER_KEY);
    if (!id || !USER_ID.test(id)) {
      id = randomUserId();
      if (local) local.setItem(USER_KEY, id);
    }
    return id;
  }

  function forgetUserId() {
    var local = storage('localStorage');
    if (local) local.removeItem(USER_KEY);
  }

  function sessionKey(origin) {
    return 'lotse.session:' + origin;
  }

  function readSession(origin, user) {
    var session = storage('sessionStorage');
    try {
      var saved = session && JSON.parse(session.getItem(sessionKey(origin)) || 'null');
      return saved && saved.userId === user && saved.expiresAt > Date.now() + 30000 ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function writeSession(origin, value) {
    var session = storage('sessionStorage');
    if (!session) return;
    if (value) session.setItem(sessionKey(origin), JSON.stringify(value));
    else session.removeItem(sessionKey(origin));
  }

  var TOO_MANY = 429;
  /* How long the widget waits before trying again after a 429 without a readable Retry-After. */
  var BUSY_WAIT_S = 10;
  var BUSY_WAIT_MAX_S = 120;

  function post(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) }).then(function (res) {
      if (!res.ok) {
        var error = new Error('HTTP ' + res.status);
        error.status = res.status;
        error.retryAfter = Number(res.headers.get('Retry-After')) || BUSY_WAIT_S;
        throw error;
      }
      return res.json();
    });
  }

  /* A token for the saved conversation (refreshed), or for a new one. */
  function grant(origin, user) {
    var saved = readSession(origin, user);
    var fresh = function () {
      return post(origin + '/v3/directline/tokens/generate', null, { user: { id: user } }).then(function (g) {
        return { conversationId: g.conversationId, token: g.token, expiresIn: g.expires_in, resume: false };
      });
    };
    if (!saved) return fresh();
    return post(origin + '/v3/directline/tokens/refresh', saved.token)
      .then(function (g) {
        return { conversationId: saved.conversationId, token: g.token, expiresIn: g.expires_in, resume: true };
      })
      .catch(fresh);
  }

  /*
   * Sets the visitor's locale on every activity Web Chat sends: Web Chat would send its UI locale
   * (de-DE for German), and the bot must know a Swiss visitor as de-CH.
   */
  function withLocale(directLine, locale, domain, onTooMany) {
    var postActivity = directLine.postActivity.bind(directLine);
    directLine.postActivity = function (activity) {
      var localized = Object.assign({}, activity, { locale: typeof locale === 'function' ? locale() : locale });
      if (localized.attachments && localized.attachments.length) return postActivity(localized);
      return postedByFetch(directLine, domain, localized, onTooMany, postActivity);
    };
    return directLine;
  }

  /*
   * Posts an activity with fetch and answers as DirectLineJS's postActivity does (an observable of
   * the activity id), because DirectLineJS turns a 429 into a silent retry and Web Chat then shows
   * only "send failed" after 20 s. A 429 shows our note at once; any other refusal is left to
   * DirectLineJS (token refresh, its retries), whose repeated post the server recognises by the
   * same clientActivityID.
   */
  function postedByFetch(directLine, domain, activity, onTooMany, postActivity) {
    return {
      subscribe: function (observer, onError, onComplete) {
        var target = typeof observer === 'function' ? { next: observer, error: onError, complete: onComplete } : observer || {};
        var active = true;
        var inner;
        var url = domain + '/conversations/' + encodeURIComponent(directLine.conversationId) + '/activities';
        fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + directLine.token },
          body: JSON.stringify(activity),
        })
          .then(function (res) {
            if (!active) return undefined;
            if (res.ok) {
              return res.json().then(function (body) {
                if (!active) return;
                if (target.next) target.next(body.id);
                if (target.complete) target.complete();
              });
            }
            if (res.status === TOO_MANY) {
              onTooMany();
              var error = new Error('HTTP 429');
              error.status = TOO_MANY;
              throw error;
            }
            inner = postActivity(activity).subscribe(target);
            return undefined;
          })
          .catch(function (error) {
            if (active && target.error) target.error(error);
          });
        return {
          unsubscribe: function () {
            active = false;
            if (inner) inner.unsubscribe();
          },
        };
      },
    };
  }

  /* A short note above the chat, e.g. after a 429: the chat keeps working, the person waits a bit. */
  function showNotice(frame, text) {
    var note = frame.querySelector('.lotse-chat-notice');
    if (!note) {
      note = document.createElement('p');
      note.className = 'lotse-chat-notice';
      note.setAttribute('role', 'status');
      note.style.cssText = 'position:absolute;top:0;left:0;right:0;margin:0;padding:8px 12px;background:#fff4d6;color:#3d2c00;font-size:14px;z-index:10';
      frame.appendChild(note);
    }
    note.textContent = text;
    clearTimeout(note.hideTimer);
    note.hideTimer = setTimeout(function () {
      if (note.parentNode) note.parentNode.removeChild(note);
    }, 8000);
  }

  var STYLE = {
    accent: '#0f6e78',
    backgroundColor: '#ffffff',
    botAvatarInitials: 'L',
    botAvatarBackgroundColor: '#0f6e78',
    avatarSize: 34,
    bubbleBorderRadius: 14,
    bubbleBorderWidth: 0,
    bubbleBackground: '#eef4f5',
    bubbleFromUserBackground: '#0f6e78',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserBorderWidth: 0,
    hideUploadButton: true,
    primaryFont: 'inherit',
    sendBoxButtonColor: '#0f6e78',
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 18,
    rootHeight: '100%',
  };

  /* Below this width (a phone) cards and buttons are made to fit, so results stay visible. */
  var NARROW = 480;

  /* The style for a chat `width` pixels wide: on a phone, cards as wide as the chat and lower buttons. */
  function styleFor(width) {
    if (!width || width >= NARROW) return STYLE;
    var cardWidth = Math.max(200, width - STYLE.avatarSize - 40);
    return Object.assign({}, STYLE, {
      bubbleMaxWidth: cardWidth,
      bubbleMinWidth: Math.min(250, cardWidth),
      suggestedActionHeight: 34,
      suggestedActionLayout: 'flow',
    });
  }

  /*
   * Lotse's texts use single line breaks for lists and summaries; Markdown would join those lines.
   * A single break becomes a hard break (two spaces before it).
   */
  function keepLineBreaks(render) {
    return function (markdown, options, extra) {
      return render(String(markdown || '').replace(/([^\n])\n(?!\n)/g, '$1  \n'), options, extra);
    };
  }

  function showProblem(element, locale, text) {
    element.innerHTML = '';
    var note = document.createElement('p');
    note.className = 'lotse-chat-problem';
    note.setAttribute('role', 'alert');
    note.textContent = text || texts(locale).unavailable || 'Chat unavailable.';
    element.appendChild(note);
  }

  /*
   * Renders Web Chat into `element`. options: {origin (Lotse's URL origin), locale ("de-CH" | "de-DE" | "en")}.
   * Resolves with {directLine, restart()}.
   */
  function start(element, options) {
    options = options || {};
    var origin = options.origin || window.location.origin;
    var locale = options.locale || settings.defaultLocale;
    var user = userId();
    var retried = false;
    /* After the forget event: the id is gone, and the next message goes to a fresh conversation. */
    var forgotten = false;
    /* A message typed after forgetting, sent once the fresh conversation is connected. */
    var pending = null;
    /* The board's "Passt das zu mir?" (options.job or options.training): one question, sent when the chat connects. */
    var asking = askValue(options);
    var chatStore = null;
    var connected = false;
    var keeper;
    var current;
    /* What Web Chat was last rendered with, to render it again in the language Lotse switched to. */
    var rendered = null;

    /* Lotse writes in the language the person chose: the widget's own strings follow it. */
    function followLocale(activity) {
      var said = activity.from && activity.from.role === 'bot' && activity.locale;
      if (!said || !WEBCHAT_LOCALES[said] || said === locale) return;
      var changed = WEBCHAT_LOCALES[said] !== WEBCHAT_LOCALES[locale];
      locale = said;
      if (!changed || !rendered) return;
      var again = rendered;
      setTimeout(function () {
        if (rendered === again) window.WebChat.renderWebChat(Object.assign({}, again.props, { locale: WEBCHAT_LOCALES[locale] }), again.host);
      }, 0);
    }

    function forget() {
      forgotten = true;
      clearInterval(keeper);
      forgetUserId();
      writeSession(origin, null);
    }

    function afresh(text) {
      forgotten = false;
      retried = false;
      pending = text || null;
      user = userId();
      if (current) current.end();
      mount();
    }

    /* Web Chat's store, watching for the forget event and for messages typed after it. */
    function createStore() {
      connected = false;
      chatStore = window.WebChat.createStore({}, function (store) {
        return function (next) {
          return function (action) {
            var activity = action.payload && action.payload.activity;
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && activity && activity.type === 'message') followLocale(activity);
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && activity && activity.type === 'event' && activity.name === FORGET_EVENT) {
              forget();
            } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && forgotten && activity && activity.type === 'message') {
              /* The old conversation's tokens are revoked: this message opens the new one instead. */
              afresh(activity.text);
              return undefined;
            } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              connected = true;
            }
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && (asking || pending)) {
              /* Once connected: the board's question about a posting (a hidden button value), then a message typed after forgetting. */
              var sends = [];
              if (asking) sends.push({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: asking } });
              if (pending) sends.push({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: pending } });
              asking = null;
              pending = null;
              var result = next(action);
              sends.forEach(function (send) {
                store.dispatch(send);
              });
              return result;
            }
            return next(action);
          };
        };
      });
      return chatStore;
    }

    function render() {
      return grant(origin, user).then(function (g) {
        var frame = document.createElement('div');
        frame.className = 'lotse-chat-host';
        frame.style.cssText = 'position:relative;height:100%';
        var busy = function () {
          showNotice(frame, texts(locale).busy || 'Too many messages. Please wait a moment.');
        };
        var directLine = withLocale(window.WebChat.createDirectLine({
          domain: origin + '/v3/directline',
          token: g.token,
          conversationId: g.resume ? g.conversationId : undefined,
          webSocket: true,
          conversationStartProperties: { locale: locale },
        }), function () {
          return locale;
        }, origin + '/v3/directline', busy);
        current = directLine;
        var online = false;
        var remember = function () {
          if (forgotten || current !== directLine) return;
          writeSession(origin, { userId: user, conversationId: g.conversationId, token: directLine.token || g.token, expiresAt: Date.now() + g.expiresIn * 1000 });
        };
        directLine.connectionStatus$.subscribe(function (status) {
          if (current !== directLine || forgotten) return;
          if (status === ONLINE) {
            online = true;
            remember();
          }
          if (status === EXPIRED_TOKEN && online) {
            /* The session reached its maximum lifetime: a fresh conversation, same person. */
            online = false;
            writeSession(origin, null);
            afresh(null);
          } else if ((status === FAILED_TO_CONNECT || status === EXPIRED_TOKEN) && g.resume && !retried) {
            /* The saved conversation is gone (e.g. the server's data was reset): start afresh once. */
            retried = true;
            writeSession(origin, null);
            directLine.end();
            mount();
          }
        });
        /* DirectLineJS refreshes its token every 15 minutes; keep the newest for the next reload. */
        clearInterval(keeper);
        keeper = setInterval(remember, 5 * 60 * 1000);
        window.addEventListener('pagehide', remember);
        var host = document.createElement('div');
        host.style.height = '100%';
        frame.appendChild(host);
        element.innerHTML = '';
        element.appendChild(frame);
        var props = {
          directLine: directLine,
          store: createStore(),
          locale: WEBCHAT_LOCALES[locale] || 'de-DE',
          userID: user,
          styleOptions: styleFor(element.clientWidth),
          renderMarkdown: window.WebChat.renderMarkdown && keepLineBreaks(window.WebChat.renderMarkdown),
        };
        rendered = { props: props, host: host };
        window.WebChat.renderWebChat(props, host);
        return directLine;
      });
    }

    function mount() {
      return render().catch(function (error) {
        if (error && error.status === TOO_MANY) {
          /* Too many new chats from this network right now: say so, and try again by itself. */
          showProblem(element, locale, texts(locale).busy);
          var wait = Math.min(error.retryAfter || BUSY_WAIT_S, BUSY_WAIT_MAX_S);
          return new Promise(function (resolve) {
            setTimeout(function () {
              resolve(mount());
            }, wait * 1000);
          });
        }
        showProblem(element, locale);
      });
    }

    return mount().then(function (directLine) {
      return {
        directLine: directLine,
        /* Asks Lotse about a posting ({job: id} or {training: id}) in the running chat, or once it connects. */
        ask: function (posting) {
          var value = askValue(posting || {});
          if (!value) return;
          if (chatStore && connected) chatStore.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: value } });
          else asking = value;
        },
        restart: function () {
          writeSession(origin, null);
          if (current) current.end();
          return mount();
        },
      };
    });
  }

  /*
   * The hidden button value that asks about a posting: "job:ask:<id>" or "training:ask:<id>"; null
   * for anything else. At most 50 characters of id, so the value stays within Lotse's 64 bytes.
   */
  function askValue(posting) {
    var kind = posting.job ? 'job' : posting.training ? 'training' : null;
    var id = kind && String(posting[kind]);
    return id && /^[A-Za-z0-9_.:-]{1,50}$/.test(id) ? kind + ':ask:' + id : null;
  }

  /*
   * The posting a page was opened for by a link (the boards' "Passt das zu mir? Frag Lotse": ?job=<id>
   * or ?training=<id>; on a network's own site ?lotse-job= or ?lotse-training=), asked only once:
   * the parameter is taken out of the address, so a reload does not ask again.
   */
  function postingAsked(names) {
    var url = new URL(window.location.href);
    var job = url.searchParams.get(names.job);
    var training = url.searchParams.get(names.training);
    if (!job && !training) return undefined;
    url.searchParams.delete(names.job);
    url.searchParams.delete(names.training);
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return job ? { job: job } : { training: training };
  }

  window.LotseChat = { start: start, texts: texts, settings: settings, postingAsked: postingAsked };

  /* Auto-start for <script src="…/lotse-chat.js" data-mount="#selector" data-locale="de-CH">. */
  var current = document.currentScript;
  var target = current && current.getAttribute('data-mount');
  if (target) {
    var origin = new URL(current.src, window.location.href).origin;
    var locale = current.getAttribute('data-locale') || settings.defaultLocale;
    var go = function () {
      var element = document.querySelector(target);
      var asked = postingAsked({ job: 'job', training: 'training' });
      if (!element) return;
      /* Opened from a posting: the answer is what the person came for, so show the chat. */
      if (asked) element.scrollIntoView({ block: 'center' });
      start(element, { origin: origin, locale: locale, job: asked && asked.job, training: asked && asked.training });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
    else go();
  }
})();
