// The playground plays the Teams host for the app's personal tabs (manifest staticTabs): "Inställningar" opens /tab/
// and "Översikt" /tab/overview.html in an iframe, as
// Teams does, and this script answers the Teams JavaScript library's (teams-js 2.58) postMessage protocol the way the
// Teams web client does. Learned from @microsoft/teams-js 2.58.0's dist/umd/MicrosoftTeams.js:
// - the tab posts requests to its parent: { id (number), uuidAsString, func, args, timestamp, apiVersionTag, … };
//   the first, 'initialize', goes to origin '*' (it does not know its host yet);
// - the host answers with { id, uuidAsString, args } posted to the tab's window; the library matches it by uuid;
// - it only listens to its parent, and only from a known Teams origin, one passed to app.initialize, or its own origin
//   (this page and the tab are served by the same host, so nothing has to be added to the tab for the playground);
// - 'initialize' is answered with [frameContext, hostClientType, runtimeConfig (JSON text, apiVersion 4), sdkVersion];
//   'getContext' with [the legacy context: locale, userObjectId, userDisplayName, userPrincipalName, tid, entityId, …];
//   'authentication.getAuthToken' with [true, token] or [false, reason].
// The token comes from the playground's stand-in for Entra (/playground/api/sso-token): signed by the playground's own
// key, which it publishes as OpenID metadata, so the host validates it in full. Self-contained: it only reads the
// page's user and language pickers.
(function () {
  'use strict';

  // The manifest's static tabs: each button opens its tab's page with the tab's entity id in the context.
  var TABS = [
    { button: 'tab-open', url: '/tab/', entityId: 'setup', name: { sv: 'Inställningar', en: 'Settings' } },
    { button: 'tab-open-overview', url: '/tab/overview.html', entityId: 'overview', name: { sv: 'Översikt', en: 'Overview' } }
  ];
  var SDK_VERSION = '2.58.0';
  var TOKEN_REUSE_MS = 50 * 60 * 1000;
  var texts = {
    sv: { close: 'Stäng', title: 'TeamsQuality – {tab}', noUser: 'Välj en användare först.' },
    en: { close: 'Close', title: 'TeamsQuality – {tab}', noUser: 'Choose a user first.' }
  };
  // What the Teams web client tells a tab it supports (runtime API version 4, the library's latest).
  var runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: { app: {}, appEntity: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} }
  };

  TABS.forEach(function (tab) { tab.element = document.getElementById(tab.button); });
  var current = TABS[0];
  var pane = document.getElementById('tab-pane');
  var frame = document.getElementById('tab-frame');
  var closeButton = document.getElementById('tab-close');
  var title = document.getElementById('tab-pane-title');
  var userSelect = document.getElementById('user-select');
  var localeSelect = document.getElementById('locale-select');
  var session = null; // { tab, userId, locale, sessionId, signIn: Promise of { token, name, userPrincipalName, tenantId }, at }

  function locale() { return (localeSelect && localeSelect.value) || 'sv-SE'; }

  function lang() { return /^en/i.test(locale()) ? 'en' : 'sv'; }

  function applyLabels() {
    var t = texts[lang()];
    TABS.forEach(function (tab) { if (tab.element) { tab.element.textContent = tab.name[lang()]; } });
    closeButton.textContent = t.close;
    title.textContent = t.title.replace('{tab}', current.name[lang()]);
  }

  function newId() {
    return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () { return Math.floor(Math.random() * 16).toString(16); });
  }

  // As the Teams client asks Entra for the signed-in person's token for the app.
  function signIn(userId) {
    return fetch('/playground/api/sso-token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: userId })
    }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) { throw new Error(body && body.error ? body.error : 'HTTP ' + res.status); }
        return body;
      });
    });
  }

  function currentSignIn() {
    if (!session.signIn || Date.now() - session.at > TOKEN_REUSE_MS) {
      session.at = Date.now();
      session.signIn = signIn(session.userId);
      session.signIn.catch(function () { session.signIn = null; });
    }
    return session.signIn;
  }

  function open(tab) {
    current = tab || current;
    applyLabels();
    var userId = userSelect && userSelect.value;
    if (!userId) {
      window.alert(texts[lang()].noUser);
      return;
    }
    session = { tab: current, userId: userId, locale: locale(), sessionId: newId(), signIn: null, at: 0 };
    // Below the header, however high it wrapped (a phone stacks the pickers).
    var header = document.querySelector('header');
    pane.style.top = header ? Math.ceil(header.getBoundingClientRect().bottom) + 'px' : '';
    pane.hidden = false;
    TABS.forEach(function (tab) { if (tab.element) { tab.element.setAttribute('aria-expanded', tab === current ? 'true' : 'false'); } });
    // A new load for each session, as Teams loads a tab afresh for whoever opens it.
    frame.src = current.url + '?session=' + encodeURIComponent(session.sessionId);
  }

  function close() {
    pane.hidden = true;
    TABS.forEach(function (tab) { if (tab.element) { tab.element.setAttribute('aria-expanded', 'false'); } });
    frame.src = 'about:blank';
    session = null;
  }

  function respond(request, args) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args: args }, window.location.origin);
    }
  }

  function context(person) {
    return {
      locale: session.locale,
      theme: 'default',
      entityId: session.tab.entityId,
      frameContext: 'content',
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: session.sessionId,
      sessionId: session.sessionId,
      userObjectId: session.userId,
      userDisplayName: person.name,
      userPrincipalName: person.userPrincipalName,
      loginHint: person.userPrincipalName,
      tid: person.tenantId,
      isFullScreen: false
    };
  }

  window.addEventListener('message', function (event) {
    // Only the tab in our frame, from our own origin, is answered (as Teams answers only its tab's frame).
    if (!session || event.source !== frame.contentWindow || event.origin !== window.location.origin) { return; }
    var request = event.data;
    if (!request || typeof request !== 'object' || typeof request.id !== 'number' || typeof request.func !== 'string') { return; }
    var asked = session;
    switch (request.func) {
      case 'initialize':
        respond(request, ['content', 'web', JSON.stringify(runtime), SDK_VERSION]);
        break;
      case 'getContext':
        currentSignIn().then(function (person) {
          if (asked === session) { respond(request, [context(person)]); }
        }, function () {
          if (asked === session) { respond(request, [context({})]); }
        });
        break;
      case 'authentication.getAuthToken':
        currentSignIn().then(function (person) {
          if (asked === session) { respond(request, [true, person.token]); }
        }, function (err) {
          if (asked === session) { respond(request, [false, err && err.message ? err.message : String(err)]); }
        });
        break;
      default:
        // Notifications (appInitialization.success, …) need no answer.
        break;
    }
  });

  TABS.forEach(function (tab) {
    if (!tab.element) { return; }
    tab.element.addEventListener('click', function () {
      // The same tab's button closes it; another's switches to that tab.
      if (!pane.hidden && tab === current) { close(); } else { open(tab); }
    });
  });
  closeButton.addEventListener('click', close);
  // Another person or language is another Teams session: the open tab is loaded again for it.
  [userSelect, localeSelect].forEach(function (select) {
    if (select) {
      select.addEventListener('change', function () {
        applyLabels();
        if (!pane.hidden) { open(); }
      });
    }
  });
  applyLabels();
})();
