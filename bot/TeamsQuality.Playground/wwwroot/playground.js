/*
 * TeamsQuality – local playground (a stand-in for Microsoft Teams).
 * Plain browser JavaScript, no build step. Needs the official Web Chat 4.18.1 bundle at /playground/webchat.js.
 * Research notes 1–5 (how Web Chat 4.18.1 behaves, how this page stands in for Teams; cited below as "research
 * note N"): ../README.md.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'teamsquality.playground.v1';
  var EXECUTE_MARKER = '__tqExecute';
  var POLLING_INTERVAL = 500;
  var POLL_STALL_MS = 10000;
  var ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
  var INCOMING_ACTIVITY = 'DIRECT_LINE/INCOMING_ACTIVITY';
  var VERSION_KEY = 'playground:version'; // channelData: the message's version (PlaygroundChannel.VersionKey)
  var VERSION_HEADER = 'X-Playground-Card-Version'; // on an execute answer: the card's version once answered

  var TEXT = {
    'sv-SE': {
      title: 'TeamsQuality – lekplats',
      user: 'Välj användare',
      channel: 'Kanal',
      locale: 'Språk',
      loading: 'Laddar…',
      personalTitle: 'Personlig chatt',
      channelTitle: 'Kanal',
      connecting: 'Ansluter…',
      connected: 'Ansluten',
      personal: 'Personlig chatt',
      channelPane: 'Kanal',
      reconnect: 'Anslut igen',
      noUnit: 'hela förvaltningen',
      notInOrganisation: 'inte i organisationen',
      noOrganisation: 'Ingen organisation än',
      usersFailed: 'Kunde inte hämta användarna',
      tokenFailed: 'Kunde inte hämta token',
      connectFailed: 'Kunde inte ansluta till Direct Line',
      connectionLost: 'Anslutningen bröts',
      expired: 'Token har gått ut',
      ended: 'Konversationen finns inte längre',
      pollStopped: 'Hämtningen av nya meddelanden har stannat',
      sendFailed: 'Meddelandet kunde inte skickas',
      webchatMissing: 'Web Chat (/playground/webchat.js) kunde inte laddas',
      executeFailed: 'Åtgärden misslyckades',
      executeBusy: 'Skickar…',
      executeNoCard: 'Kortet finns inte längre i konversationen',
      close: 'Stäng',
      networkError: 'ingen kontakt med servern'
    },
    'en-US': {
      title: 'TeamsQuality – playground',
      user: 'Choose user',
      channel: 'Channel',
      locale: 'Language',
      loading: 'Loading…',
      personalTitle: 'Personal chat',
      channelTitle: 'Channel',
      connecting: 'Connecting…',
      connected: 'Connected',
      personal: 'Personal chat',
      channelPane: 'Channel',
      reconnect: 'Reconnect',
      noUnit: 'whole department',
      notInOrganisation: 'not in the organisation',
      noOrganisation: 'No organisation yet',
      usersFailed: 'Could not load the users',
      tokenFailed: 'Could not get a token',
      connectFailed: 'Could not connect to Direct Line',
      connectionLost: 'The connection was lost',
      expired: 'The token has expired',
      ended: 'The conversation no longer exists',
      pollStopped: 'Fetching new messages has stopped',
      sendFailed: 'The message could not be sent',
      webchatMissing: 'Web Chat (/playground/webchat.js) could not be loaded',
      executeFailed: 'The action failed',
      executeBusy: 'Sending…',
      executeNoCard: 'The card is no longer in the conversation',
      close: 'Close',
      networkError: 'no contact with the server'
    }
  };

  var els = {
    user: document.getElementById('user-select'),
    channel: document.getElementById('channel-select'),
    locale: document.getElementById('locale-select'),
    status: document.getElementById('status'),
    organisation: document.getElementById('organisation')
  };

  var directory = null; // GET /playground/api/users
  var settings = loadSettings();
  var panes = {
    personal: createPaneState('personal', 'personal-chat'),
    channel: createPaneState('channel', 'channel-chat')
  };
  var fatalMessage = null;

  function createPaneState(name, containerId) {
    return {
      name: name,
      container: document.getElementById(containerId),
      dot: document.getElementById(name + '-dot'),
      subtitle: document.getElementById(name + '-subtitle'),
      title: document.getElementById(name + '-title'),
      generation: 0,
      directLine: null,
      store: null,
      state: 'idle', // idle | connecting | online | error
      error: null,
      lastPollOk: 0,
      stalled: false,
      ending: false,
      lastAjaxError: null,
      originals: new Map(), // activity id -> activity as the server last delivered it (before Execute rewriting)
      shown: new Map(), // activity id -> attachments shown now (the server's, or the viewer's own view from an invoke)
      cardSeq: new Map(), // activityId#attachmentIndex -> number of the last Execute or refresh sent for that card
      seen: new Map(), // activityId#attachmentIndex -> the card's version that the viewer's view of it is as new as
      pendingExecutes: new Set(), // activityId#attachmentIndex of the cards with a press under way
      localDispatch: false,
      teamsUserId: null, // the person's id in activities (from.id), as refresh.userIds lists it
      lastCardClick: null
    };
  }

  // ----------------------------------------------------------------------------------------------------
  // Settings and labels
  // ----------------------------------------------------------------------------------------------------

  function loadSettings() {
    var s = {};

    try {
      s = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}') || {};
    } catch (err) {
      s = {};
    }

    return { userId: s.userId || null, channelId: s.channelId || null, locale: TEXT[s.locale] ? s.locale : 'sv-SE' };
  }

  function saveSettings() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    } catch (err) {
      // Private mode or storage disabled: the choice is just not remembered.
    }
  }

  function t(key) {
    return (TEXT[settings.locale] || TEXT['sv-SE'])[key] || TEXT['sv-SE'][key] || key;
  }

  function applyLabels() {
    document.documentElement.lang = settings.locale.slice(0, 2);
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    updateChannelTitle();
    renderStatus();
  }

  function updateChannelTitle() {
    var channel = findChannel(settings.channelId);

    panes.channel.title.textContent = channel ? channel.name : t('channelTitle');
  }

  function findUser(id) {
    return directory && directory.users.filter(function (u) { return u.id === id; })[0];
  }

  // Every channel of the tenant's teams (GET /playground/api/users), the units' channels first.
  function findChannel(id) {
    return directory && directory.channels.filter(function (c) { return c.id === id; })[0];
  }

  function defaultChannelFor(user) {
    if (user && user.channelId && findChannel(user.channelId)) {
      return user.channelId;
    }

    return directory.channels.length ? directory.channels[0].id : null;
  }

  // ----------------------------------------------------------------------------------------------------
  // Status line (#status): connection state of both panes and every error that is not on a card.
  // ----------------------------------------------------------------------------------------------------

  function setPaneState(pane, state, error) {
    pane.state = state;
    pane.error = error || null;
    pane.dot.setAttribute('data-state', state);
    pane.dot.title = error || t(state === 'online' ? 'connected' : 'connecting');
    renderStatus();
  }

  function renderStatus() {
    var status = els.status;
    var parts = [];
    var anyError = !!fatalMessage;
    var allOnline = true;

    status.textContent = '';

    if (fatalMessage) {
      parts.push(fatalMessage);
    }

    [panes.personal, panes.channel].forEach(function (pane) {
      var label = t(pane.name === 'personal' ? 'personal' : 'channelPane');

      if (pane.state === 'error') {
        anyError = true;
        parts.push(label + ': ' + pane.error);
      } else if (pane.state !== 'online') {
        allOnline = false;
      }
    });

    if (!anyError) {
      parts.push(allOnline ? t('connected') : t('connecting'));
    }

    var text = document.createElement('span');

    text.className = 'tq-status__text';
    text.textContent = parts.join(' · ');
    status.appendChild(text);
    status.setAttribute('data-state', anyError ? 'error' : allOnline ? 'online' : 'connecting');

    if (anyError && directory) {
      var button = document.createElement('button');

      button.type = 'button';
      button.className = 'tq-status__reconnect';
      button.id = 'reconnect-button';
      button.textContent = t('reconnect');
      button.addEventListener('click', function () {
        fatalMessage = null;
        connectAll();
      });
      status.appendChild(button);
    }
  }

  function describeHttpError(err) {
    if (!err) {
      return '';
    }

    var status = typeof err.status === 'number' ? err.status : undefined;
    var body = err.response || err.body;
    var message = body && (typeof body === 'string' ? body : body.error && (body.error.message || body.error.code || body.error));

    if (typeof message === 'object') {
      message = JSON.stringify(message);
    }

    if (status === 0) {
      return t('networkError');
    }

    return (status ? 'HTTP ' + status : err.message || String(err)) + (message ? ' – ' + message : '');
  }

  // ----------------------------------------------------------------------------------------------------
  // Backend calls
  // ----------------------------------------------------------------------------------------------------

  function fetchJson(url, options) {
    return fetchResponse(url, options).then(function (response) {
      return response.body;
    });
  }

  // The parsed body and the headers; an HTTP error is thrown with its status and body.
  function fetchResponse(url, options) {
    return fetch(url, options).then(function (res) {
      return res.text().then(function (text) {
        var body = null;

        try {
          body = text ? JSON.parse(text) : null;
        } catch (err) {
          body = text;
        }

        if (!res.ok) {
          var error = new Error('HTTP ' + res.status);

          error.status = res.status;
          error.body = body;
          throw error;
        }

        return { body: body, headers: res.headers };
      });
    });
  }

  function postJson(url, payload) {
    return fetchJson(url, postOptions(payload));
  }

  // An Action.Execute or a refresh: the bot's answer, and the card's version once it was answered.
  function postExecute(url, payload) {
    return fetchResponse(url, postOptions(payload)).then(function (response) {
      return { body: response.body, version: Number(response.headers.get(VERSION_HEADER)) || 0 };
    });
  }

  function postOptions(payload) {
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload)
    };
  }

  // ----------------------------------------------------------------------------------------------------
  // Adaptive Card rewriting: Action.Execute -> Action.Submit with a marker (see research note 3)
  // ----------------------------------------------------------------------------------------------------

  function isPlainObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
  }

  function rewriteExecuteActions(node, context, isCardRoot) {
    if (Array.isArray(node)) {
      var changedArray = false;
      var nextArray = node.map(function (item) {
        var next = rewriteExecuteActions(item, context, false);

        changedArray = changedArray || next !== item;

        return next;
      });

      return changedArray ? nextArray : node;
    }

    if (!isPlainObject(node)) {
      return node;
    }

    if (node.type === 'Action.Execute') {
      var marker = {
        verb: node.verb === undefined ? null : node.verb,
        actionId: node.id === undefined ? null : node.id,
        activityId: context.activityId,
        attachmentIndex: context.attachmentIndex
      };
      var submit = {};

      Object.keys(node).forEach(function (key) {
        if (key !== 'verb' && key !== 'data' && key !== 'type' && key !== 'fallback') {
          submit[key] = node[key];
        }
      });
      submit.type = 'Action.Submit';

      if (node.data === undefined || isPlainObject(node.data)) {
        submit.data = Object.assign({}, node.data || {});
      } else {
        // Non-object data cannot take the input values; keep it aside and send it as is.
        marker.rawData = node.data;
        submit.data = {};
      }

      submit.data[EXECUTE_MARKER] = marker;

      if (node.fallback !== undefined) {
        submit.fallback = rewriteExecuteActions(node.fallback, context, false);
      }

      return submit;
    }

    var changed = false;
    var next = {};

    Object.keys(node).forEach(function (key) {
      var value = node[key];

      // `data` is payload, not card structure; `refresh` is Universal Actions' automatic refresh
      // (not a button): leave both alone.
      if (key === 'data' || (isCardRoot && key === 'refresh')) {
        next[key] = value;

        return;
      }

      next[key] = rewriteExecuteActions(value, context, key === 'card' && isPlainObject(value));
      changed = changed || next[key] !== value;
    });

    return changed ? next : node;
  }

  function rewriteActivity(activity) {
    if (!activity || !Array.isArray(activity.attachments) || !activity.attachments.length) {
      return activity;
    }

    var changed = false;
    var attachments = activity.attachments.map(function (attachment, index) {
      if (!attachment || attachment.contentType !== ADAPTIVE_CARD || !isPlainObject(attachment.content)) {
        return attachment;
      }

      var content = rewriteExecuteActions(
        attachment.content,
        { activityId: activity.id || null, attachmentIndex: index },
        true
      );

      if (content === attachment.content) {
        return attachment;
      }

      changed = true;

      return Object.assign({}, attachment, { content: content });
    });

    return changed ? Object.assign({}, activity, { attachments: attachments }) : activity;
  }

  // ----------------------------------------------------------------------------------------------------
  // Store middleware: keeps updated cards in place, rewrites Execute actions, watches connection state
  // ----------------------------------------------------------------------------------------------------

  function createStoreMiddleware(pane, generation) {
    return function (store) {
      return function (next) {
        return function (action) {
          if (generation !== pane.generation) {
            return next(action);
          }

          if (action && action.type === INCOMING_ACTIVITY && action.payload && action.payload.activity) {
            action = patchIncomingActivity(pane, store, action);
          }

          watchConnection(pane, action);

          return next(action);
        };
      };
    };
  }

  function patchIncomingActivity(pane, store, action) {
    var original = action.payload.activity;
    var activity = rewriteActivity(original);
    var id = original.id;
    var local = pane.localDispatch;
    var version = versionOf(original);
    var refreshes = [];

    if (id && original.from && original.from.role !== 'user') {
      var activities = (store.getState() || {}).activities || [];
      var existing = activities.filter(function (a) { return a.id === id; })[0];
      var shown = pane.shown.get(id);

      if (existing) {
        var channelData = Object.assign({}, activity.channelData || {});
        var existingChannelData = existing.channelData || {};

        // Keep the place of the updated activity in the transcript (Teams updates a card in place).
        if (typeof existingChannelData['webchat:sequence-id'] === 'number') {
          channelData['webchat:sequence-id'] = existingChannelData['webchat:sequence-id'];
        }

        activity = Object.assign({}, activity, { channelData: channelData });
      }

      if (local) {
        // The viewer's own view (an invoke's answer), or the server's card again, put in place by this page.
        if (existing) {
          clearCardNotice(pane, id);
        }

        pane.shown.set(id, original.attachments);
      } else if (!existing) {
        pane.shown.set(id, original.attachments);
        refreshes = refreshesFor(pane, original);
        markSeen(pane, id, original.attachments, version, refreshes);
      } else if (seenAlready(pane, id, original.attachments, version) || pressUnderWay(pane, id, original.attachments)) {
        // Not newer than the viewer's view (the update their own press made, answered already, or the same version
        // again), or a press under way on it, whose answer is the viewer's view (a newer update is caught up with when
        // it comes, see catchUp): they keep what they see, no refresh (research note 5).
        activity.attachments = existing.attachments;
      } else if (shown && sameView(shown, original.attachments)) {
        // Same card as already shown: keep the rendered card (and what the user typed into it).
        activity.attachments = existing.attachments;
        markSeen(pane, id, original.attachments, version, []);
      } else if ((refreshes = refreshesFor(pane, original)).length) {
        // A new version of a card that refreshes for this viewer: they keep what they see until their own view
        // comes (research note 5), so the card does not flicker and what they typed stays if their view is unchanged.
        activity.attachments = existing.attachments;
      } else {
        // A new version of the card: a notice about the old one no longer applies.
        clearCardNotice(pane, id);
        pane.shown.set(id, original.attachments);
        markSeen(pane, id, original.attachments, version, []);
      }

      if (!local) {
        pane.originals.set(id, original);
      }
    }

    refreshes.forEach(function (refresh) {
      setTimeout(function () {
        refreshCard(pane, pane.generation, id, refresh.attachmentIndex, refresh.action, version);
      }, 0);
    });

    if (activity === original) {
      return action;
    }

    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
  }

  // ----------------------------------------------------------------------------------------------------
  // Card versions: which of the server's versions of a card the viewer's view is as new as (research note 5)
  // ----------------------------------------------------------------------------------------------------

  // The message's version as the playground delivered it (0: unknown, treated as new).
  function versionOf(activity) {
    var version = activity && activity.channelData && activity.channelData[VERSION_KEY];

    return typeof version === 'number' ? version : 0;
  }

  function slotKey(activityId, attachmentIndex) {
    return activityId + '#' + attachmentIndex;
  }

  function cardIndexes(attachments) {
    return (attachments || []).map(function (attachment, index) {
      return attachment && attachment.contentType === ADAPTIVE_CARD ? index : -1;
    }).filter(function (index) {
      return index >= 0;
    });
  }

  // The viewer's view of the card at this slot is as new as this version of it (shown, or an answer given later).
  function markSlotSeen(pane, key, version) {
    if (version > (pane.seen.get(key) || 0)) {
      pane.seen.set(key, version);
    }
  }

  // The same for the cards of an activity shown as delivered, except those still waiting for the viewer's own view.
  function markSeen(pane, activityId, attachments, version, refreshes) {
    cardIndexes(attachments).forEach(function (index) {
      var refreshing = refreshes.some(function (refresh) { return refresh.attachmentIndex === index; });

      if (!refreshing) {
        markSlotSeen(pane, slotKey(activityId, index), version);
      }
    });
  }

  function seenAlready(pane, activityId, attachments, version) {
    var indexes = cardIndexes(attachments);

    return version > 0 && indexes.length > 0 && indexes.every(function (index) {
      return (pane.seen.get(slotKey(activityId, index)) || 0) >= version;
    });
  }

  function pressUnderWay(pane, activityId, attachments) {
    return (attachments || []).some(function (attachment, index) {
      return pane.pendingExecutes.has(slotKey(activityId, index));
    });
  }

  // The cards of an activity that Teams would refresh for this viewer (Universal Actions): a `refresh` whose action
  // is an Action.Execute, and whose `userIds` lists the viewer (or is absent: Teams then refreshes for everyone in
  // chats and channels of 60 people or fewer, and the playground's are small).
  function refreshesFor(pane, activity) {
    return (activity.attachments || []).map(function (attachment, index) {
      var card = attachment && attachment.contentType === ADAPTIVE_CARD && attachment.content;
      var refresh = isPlainObject(card) && isPlainObject(card.refresh) ? card.refresh : null;
      var action = refresh && isPlainObject(refresh.action) && refresh.action.type === 'Action.Execute' ? refresh.action : null;

      if (!action || (Array.isArray(refresh.userIds) && refresh.userIds.indexOf(pane.teamsUserId) < 0)) {
        return null;
      }

      return { attachmentIndex: index, action: action };
    }).filter(Boolean);
  }

  // Key order does not matter: the backend re-serialises the card it stores.
  function stableJson(value) {
    if (Array.isArray(value)) {
      return '[' + value.map(stableJson).join(',') + ']';
    }

    if (value && typeof value === 'object') {
      return '{' + Object.keys(value).filter(function (key) { return value[key] !== undefined && value[key] !== null; }).sort().map(function (key) {
        return JSON.stringify(key) + ':' + stableJson(value[key]);
      }).join(',') + '}';
    }

    return JSON.stringify(value);
  }

  function sameJson(a, b) {
    try {
      return stableJson(a) === stableJson(b);
    } catch (err) {
      return false;
    }
  }

  // Whether two sets of attachments look the same to the viewer: a card's `refresh` is not shown (the bot's answer for
  // one viewer lists only them in refresh.userIds, the posted card the whole unit), so it does not count.
  function sameView(a, b) {
    return sameJson(withoutRefresh(a), withoutRefresh(b));
  }

  function withoutRefresh(attachments) {
    return Array.isArray(attachments) ? attachments.map(function (attachment) {
      if (!attachment || attachment.contentType !== ADAPTIVE_CARD || !isPlainObject(attachment.content) || !('refresh' in attachment.content)) {
        return attachment;
      }

      var content = Object.assign({}, attachment.content);

      delete content.refresh;

      return Object.assign({}, attachment, { content: content });
    }) : attachments;
  }

  function watchConnection(pane, action) {
    if (!action || typeof action.type !== 'string') {
      return;
    }

    switch (action.type) {
      case 'DIRECT_LINE/CONNECT_PENDING':
        setPaneState(pane, 'connecting');
        break;

      case 'DIRECT_LINE/CONNECT_FULFILLED':
        pane.lastPollOk = Date.now();
        setPaneState(pane, 'online');
        break;

      case 'DIRECT_LINE/CONNECT_REJECTED':
        if (pane.state !== 'error') {
          setPaneState(pane, 'error', t('connectFailed') + errorSuffix(action.payload));
        }

        break;

      case 'DIRECT_LINE/UPDATE_CONNECTION_STATUS':
        {
          var connectionStatus = action.payload && action.payload.connectionStatus;

          if (connectionStatus === 3) {
            setPaneState(pane, 'error', t('expired'));
          } else if (connectionStatus === 4) {
            setPaneState(pane, 'error', pane.lastAjaxError ? t('connectFailed') + ' (' + pane.lastAjaxError + ')' : t('connectFailed'));
          } else if (connectionStatus === 5 && !pane.ending) {
            setPaneState(pane, 'error', t('ended'));
          }
        }

        break;

      case 'DIRECT_LINE/DISCONNECT_FULFILLED':
        if (!pane.ending && pane.state !== 'error') {
          setPaneState(pane, 'error', t('connectionLost') + errorSuffix(action.meta && action.meta.error));
        }

        break;

      case 'DIRECT_LINE/POST_ACTIVITY_REJECTED':
        if (!pane.ending) {
          showTransientStatus(t('sendFailed') + errorSuffix(action.payload));
        }

        break;

      default:
        break;
    }
  }

  function errorSuffix(err) {
    var text = err && (describeHttpError(err) || err.message);

    return text ? ' (' + text + ')' : '';
  }

  var transientTimer = null;

  function showTransientStatus(message) {
    fatalMessage = message;
    renderStatus();
    clearTimeout(transientTimer);
    transientTimer = setTimeout(function () {
      if (fatalMessage === message) {
        fatalMessage = null;
        renderStatus();
      }
    }, 15000);
  }

  // DirectLineJS stops polling for good on any error other than 403/404 while still saying "Online"
  // (research note 1b). Wrap its ajax service to see every call, and watch that polls keep coming.
  function instrumentDirectLine(pane, directLine, generation) {
    var services = directLine && directLine.services;

    if (!services || typeof services.ajax !== 'function') {
      return;
    }

    var originalAjax = services.ajax;

    services.ajax = Object.assign(function (request) {
      var observable = originalAjax.apply(this, arguments);
      var isPoll = request && request.method === 'GET' && /\/activities\?watermark=/.test(request.url || '');

      if (!observable || typeof observable.do !== 'function') {
        return observable;
      }

      return observable.do(
        function () {
          if (isPoll && generation === pane.generation) {
            pane.lastPollOk = Date.now();

            if (pane.stalled) {
              pane.stalled = false;
              setPaneState(pane, 'online');
            }
          }
        },
        function (err) {
          if (generation !== pane.generation || pane.ending) {
            return;
          }

          var what = (request.method || 'GET') + ' ' + String(request.url || '').replace(location.origin, '').replace(/\?.*$/, '');

          pane.lastAjaxError = what + ': ' + describeHttpError(err);

          if (isPoll && err && err.status !== 403 && err.status !== 404) {
            setPaneState(pane, 'error', t('pollStopped') + ' (' + pane.lastAjaxError + ')');
          }
        }
      );
    }, originalAjax);
  }

  // Background tabs throttle timers (down to one a minute), so only judge a visible page.
  setInterval(function () {
    if (document.visibilityState === 'hidden') {
      return;
    }

    [panes.personal, panes.channel].forEach(function (pane) {
      if (pane.state === 'online' && pane.lastPollOk && Date.now() - pane.lastPollOk > POLL_STALL_MS) {
        pane.stalled = true;
        setPaneState(pane, 'error', t('pollStopped'));
      }
    });
  }, 2000);

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      [panes.personal, panes.channel].forEach(function (pane) {
        if (pane.lastPollOk) {
          pane.lastPollOk = Date.now();
        }
      });
    }
  });

  // ----------------------------------------------------------------------------------------------------
  // React elements without React: Web Chat's bundle keeps React private, but middleware may return
  // elements. We build plain element objects using the $$typeof of an element Web Chat gave us.
  // ----------------------------------------------------------------------------------------------------

  var reactElementType = typeof Symbol === 'function' && Symbol['for'] ? Symbol['for']('react.element') : 0xeac7;

  function h(type, props) {
    var p = Object.assign({}, props || {});
    var key = p.key === undefined || p.key === null ? null : String(p.key);
    var children = Array.prototype.slice.call(arguments, 2);

    delete p.key;

    if (children.length === 1) {
      p.children = children[0];
    } else if (children.length > 1) {
      p.children = children;
    }

    return { $$typeof: reactElementType, type: type, key: key, ref: null, props: p, _owner: null, _store: {} };
  }

  // Wraps every visible activity: shows the sender's name (Web Chat has no names; in a channel other
  // people come as role "bot"), tags the DOM with the activity id and adds a slot for card notices.
  function createActivityMiddleware(pane) {
    return function () {
      return function (next) {
        return function () {
          var args = arguments;
          var render = next.apply(null, args);
          var card = args[0] || {};
          var activity = card.activity;

          if (!render || !activity) {
            return render;
          }

          return function () {
            var inner = render.apply(null, arguments);

            if (!inner || typeof inner !== 'object' || !inner.$$typeof) {
              return inner;
            }

            reactElementType = inner.$$typeof;

            var from = activity.from || {};
            var role = from.role || 'bot';
            var showName = role !== 'user' && activity.type === 'message' && from.name;

            return h(
              'div',
              {
                className: 'tq-activity tq-activity--' + role,
                'data-tq-activity-id': activity.id || '',
                'data-tq-from-id': from.id || '',
                'data-tq-pane': pane.name
              },
              showName ? h('div', { key: 'from', className: 'tq-activity__from' }, from.name) : null,
              h('div', { key: 'body', className: 'tq-activity__body' }, inner),
              h('div', { key: 'notice', className: 'tq-notice-slot', 'data-tq-notice-for': activity.id || '' })
            );
          };
        };
      };
    };
  }

  // ----------------------------------------------------------------------------------------------------
  // Card actions
  // ----------------------------------------------------------------------------------------------------

  function createCardActionMiddleware(pane, generation) {
    return function (api) {
      return function (next) {
        return function () {
          var args = arguments;
          var cardAction = args[0] && args[0].cardAction;
          var value = cardAction && cardAction.value;

          if (cardAction && cardAction.type === 'postBack' && isPlainObject(value)) {
            if (isPlainObject(value[EXECUTE_MARKER])) {
              handleExecute(pane, generation, value);

              return undefined;
            }

            if (isPlainObject(value.msteams) && handleTeamsSubmit(api.dispatch, value)) {
              return undefined;
            }
          }

          return next.apply(null, args);
        };
      };
    };
  }

  // Teams understands `msteams` inside Action.Submit data; Web Chat does not.
  function handleTeamsSubmit(dispatch, value) {
    var msteams = value.msteams;
    var rest = Object.assign({}, value);

    delete rest.msteams;

    if (msteams.type === 'imBack' && typeof msteams.value === 'string') {
      dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { method: 'imBack', text: msteams.value } });

      return true;
    }

    if (msteams.type === 'messageBack') {
      var messageValue = isPlainObject(msteams.value) ? Object.assign({}, msteams.value, rest) : msteams.value !== undefined ? msteams.value : rest;

      dispatch({
        type: 'WEB_CHAT/SEND_MESSAGE_BACK',
        payload: { displayText: msteams.displayText, text: msteams.text, value: messageValue }
      });

      return true;
    }

    return false;
  }

  function findActivityElement(pane, activityId) {
    var nodes = pane.container.querySelectorAll('[data-tq-activity-id]');

    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute('data-tq-activity-id') === activityId) {
        return nodes[i];
      }
    }

    return null;
  }

  function findCardElement(pane, activityId, attachmentIndex) {
    var clicked = pane.lastCardClick;
    var activityEl = findActivityElement(pane, activityId);

    if (clicked && clicked.isConnected && (!activityEl || activityEl.contains(clicked))) {
      var root = clicked.closest('.ac-adaptiveCard');

      // Nested cards (Action.ShowCard) render their own .ac-adaptiveCard: take the outermost.
      while (root && root.parentElement && root.parentElement.closest('.ac-adaptiveCard')) {
        root = root.parentElement.closest('.ac-adaptiveCard');
      }

      if (root) {
        return root;
      }
    }

    if (activityEl) {
      var renderers = activityEl.querySelectorAll('.webchat__adaptive-card-renderer');
      var renderer = renderers[attachmentIndex] || renderers[0];

      return renderer && renderer.querySelector('.ac-adaptiveCard');
    }

    return null;
  }

  function clearCardNotice(pane, activityId) {
    var activityEl = findActivityElement(pane, activityId);
    var slot = activityEl && activityEl.querySelector('.tq-notice-slot');

    if (slot) {
      slot.textContent = '';
    }
  }

  function showCardNotice(pane, activityId, kind, text) {
    var activityEl = findActivityElement(pane, activityId);
    var slot = activityEl && activityEl.querySelector('.tq-notice-slot');

    if (!slot) {
      // The card is gone from the screen: the status line is the next best place.
      showTransientStatus(text);

      return;
    }

    slot.textContent = '';

    if (!text) {
      return;
    }

    var notice = document.createElement('div');
    var message = document.createElement('span');
    var close = document.createElement('button');

    notice.className = 'tq-card-notice tq-card-notice--' + kind;
    notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    message.className = 'tq-card-notice__text';
    message.textContent = text;
    close.type = 'button';
    close.className = 'tq-card-notice__close';
    close.setAttribute('aria-label', t('close'));
    close.textContent = '×';
    close.addEventListener('click', function () {
      slot.textContent = '';
    });
    notice.appendChild(message);
    notice.appendChild(close);
    slot.appendChild(notice);

    if (kind !== 'error') {
      setTimeout(function () {
        if (notice.parentNode === slot) {
          slot.removeChild(notice);
        }
      }, 8000);
    }
  }

  function handleExecute(pane, generation, value) {
    var marker = value[EXECUTE_MARKER];
    var data = Object.assign({}, value);

    delete data[EXECUTE_MARKER];

    if (marker.rawData !== undefined) {
      data = marker.rawData;
    }

    var activityId = marker.activityId;
    var key = slotKey(activityId, marker.attachmentIndex);

    if (pane.pendingExecutes.has(key)) {
      return;
    }

    var conversationId = pane.directLine && pane.directLine.conversationId;
    var cardEl = findCardElement(pane, activityId, marker.attachmentIndex);

    pane.pendingExecutes.add(key);
    var seq = nextCardSeq(pane, key);
    showCardNotice(pane, activityId, 'info', '');

    if (cardEl) {
      cardEl.classList.add('tq-card-busy');
      cardEl.setAttribute('aria-busy', 'true');
    }

    var done = function () {
      pane.pendingExecutes.delete(key);

      if (cardEl) {
        cardEl.classList.remove('tq-card-busy');
        cardEl.removeAttribute('aria-busy');
      }
    };

    postExecute('/playground/api/execute', {
      conversationId: conversationId,
      activityId: activityId,
      action: { type: 'Action.Execute', id: marker.actionId, verb: marker.verb, data: data },
      locale: settings.locale
    })
      .then(function (answer) {
        var response = answer.body;

        done();

        if (generation !== pane.generation || pane.cardSeq.get(key) !== seq) {
          return;
        }

        if (!response || typeof response !== 'object') {
          throw new Error('tomt svar från /playground/api/execute');
        }

        var statusCode = typeof response.statusCode === 'number' ? response.statusCode : 200;

        if (statusCode >= 400 || response.type === 'application/vnd.microsoft.error') {
          var detail = response.value && (response.value.message || response.value.code || response.value);

          throw Object.assign(new Error('statusCode ' + statusCode + (detail ? ' – ' + (typeof detail === 'string' ? detail : JSON.stringify(detail)) : '')), {});
        }

        if (response.type === ADAPTIVE_CARD && isPlainObject(response.value)) {
          replaceCard(pane, activityId, marker.attachmentIndex, response.value, answer.version);
        } else if (response.type === 'application/vnd.microsoft.activity.message') {
          showCardNotice(pane, activityId, 'info', String(response.value === undefined ? '' : response.value));
        }

        catchUp(pane, generation, activityId);
      })
      .catch(function (err) {
        done();

        if (generation !== pane.generation) {
          return;
        }

        var detail = err && err.body && err.body.error ? err.body.error : err && err.message;

        if (typeof detail === 'object') {
          detail = JSON.stringify(detail);
        }

        showCardNotice(pane, activityId, 'error', t('executeFailed') + (err && err.status ? ' (HTTP ' + err.status + ')' : '') + (detail ? ': ' + detail : ''));

        if (window.console) {
          console.error('TeamsQuality playground: Action.Execute failed', err);
        }

        catchUp(pane, generation, activityId);
      });
  }

  // Puts the card from an invoke response in place of the old one, at once (as Teams does). `version` is the card's
  // version once the bot had answered: the viewer's view is now as new as that, so an update up to it (one the press
  // itself made) neither replaces nor refreshes this answer. Polling may later bring the same card again with the same
  // id; the store middleware then keeps it.
  function replaceCard(pane, activityId, attachmentIndex, card, version) {
    var original = pane.originals.get(activityId);

    if (!original || !pane.store) {
      showCardNotice(pane, activityId, 'error', t('executeNoCard'));

      return;
    }

    var attachments = (pane.shown.get(activityId) || original.attachments || []).slice();
    var index = attachmentIndex >= 0 && attachmentIndex < attachments.length ? attachmentIndex : 0;

    attachments[index] = Object.assign({}, attachments[index], { contentType: ADAPTIVE_CARD, content: card });
    markSlotSeen(pane, slotKey(activityId, index), version || 0);

    // The same view as shown (a refresh with nothing new): keep the rendered card and what the user typed.
    if (sameView(attachments, pane.shown.get(activityId))) {
      return;
    }

    showAttachments(pane, original, attachments);
  }

  // Shows other attachments for an activity the page has (the viewer's own view, or the server's version again).
  function showAttachments(pane, original, attachments) {
    pane.localDispatch = true;

    try {
      pane.store.dispatch({
        type: INCOMING_ACTIVITY,
        payload: { activity: Object.assign({}, original, { attachments: attachments }) }
      });
    } finally {
      pane.localDispatch = false;
    }
  }

  function nextCardSeq(pane, key) {
    var seq = (pane.cardSeq.get(key) || 0) + 1;

    pane.cardSeq.set(key, seq);

    return seq;
  }

  // After a press: an update of the card that came while the press was under way (kept back until its answer) and is
  // newer than that answer is taken now, as any update is: refreshed for this viewer, or shown as the bot sent it.
  function catchUp(pane, generation, activityId) {
    var original = pane.originals.get(activityId);
    var version = versionOf(original);

    if (!original || !pane.store || generation !== pane.generation || pressUnderWay(pane, activityId, original.attachments)
        || seenAlready(pane, activityId, original.attachments, version)) {
      return;
    }

    var refreshes = refreshesFor(pane, original);

    if (refreshes.length) {
      refreshes.forEach(function (refresh) {
        refreshCard(pane, generation, activityId, refresh.attachmentIndex, refresh.action, version);
      });

      return;
    }

    showPosted(pane, activityId);
  }

  // The card as the bot last sent it, for this viewer too (a refresh brought no card of their own).
  function showPosted(pane, activityId) {
    var original = pane.originals.get(activityId);

    if (!original || !pane.store) {
      return;
    }

    markSeen(pane, activityId, original.attachments, versionOf(original), []);

    if (!sameView(original.attachments, pane.shown.get(activityId))) {
      showAttachments(pane, original, original.attachments);
    }
  }

  // Universal Actions refresh, as Teams does it for a viewer listed in the card's refresh.userIds: the refresh
  // action goes to the bot as an adaptiveCard/action invoke with trigger "automatic", and the card it answers with
  // is this viewer's own view. `version` is the card's version that asked for it. No refresh for a card with a press
  // under way (its answer is the viewer's view) or whose view is already as new (a press answered meanwhile); an answer
  // overtaken by a press or a later refresh of the same card is dropped. If no card comes, the viewer sees the card as
  // posted.
  function refreshCard(pane, generation, activityId, attachmentIndex, action, version) {
    var key = slotKey(activityId, attachmentIndex);
    var conversationId = pane.directLine && pane.directLine.conversationId;
    var seq;
    var current = function () {
      return generation === pane.generation && pane.cardSeq.get(key) === seq;
    };

    if (!conversationId || generation !== pane.generation || pane.pendingExecutes.has(key)
        || (version > 0 && (pane.seen.get(key) || 0) >= version)) {
      return;
    }

    seq = nextCardSeq(pane, key);

    postExecute('/playground/api/execute?trigger=automatic', {
      conversationId: conversationId,
      activityId: activityId,
      action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: isPlainObject(action.data) ? action.data : {} },
      locale: settings.locale,
      trigger: 'automatic'
    })
      .then(function (answer) {
        var response = answer.body;

        if (!current()) {
          return;
        }

        if (response && response.type === ADAPTIVE_CARD && isPlainObject(response.value)) {
          replaceCard(pane, activityId, attachmentIndex, response.value, answer.version);
        } else {
          showPosted(pane, activityId);
        }
      })
      .catch(function (err) {
        if (window.console) {
          console.warn('TeamsQuality playground: the card refresh failed', err);
        }

        if (current()) {
          showPosted(pane, activityId);
        }
      });
  }

  // ----------------------------------------------------------------------------------------------------
  // Web Chat panes
  // ----------------------------------------------------------------------------------------------------

  var styleOptions = {
    accent: '#5b5fc7',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f5f5f5',
    bubbleBorderColor: '#e0e0e0',
    bubbleBorderRadius: 6,
    bubbleBorderWidth: 1,
    bubbleFromUserBackground: '#e8ebfa',
    bubbleFromUserBorderColor: '#c5cbfa',
    bubbleFromUserBorderRadius: 6,
    bubbleFromUserBorderWidth: 1,
    bubbleMaxWidth: 560,
    cardEmphasisBackgroundColor: '#f0f0f0',
    cardPushButtonBackgroundColor: '#5b5fc7',
    cardPushButtonTextColor: '#ffffff',
    hideUploadButton: true,
    primaryFont: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    sendBoxButtonColor: '#5b5fc7',
    sendBoxButtonColorOnHover: '#444791',
    sendBoxBorderTop: 'solid 1px #e0e0e0',
    suggestedActionBorderColor: '#5b5fc7',
    suggestedActionTextColor: '#5b5fc7',
    transcriptActivityVisualKeyboardIndicatorColor: '#5b5fc7',
    richCardWrapTitle: true
  };

  function teardownPane(pane) {
    pane.generation++;

    if (pane.directLine) {
      pane.ending = true;

      try {
        pane.directLine.end();
      } catch (err) {
        // Already ended.
      }
    }

    pane.directLine = null;
    pane.store = null;
    pane.originals = new Map();
    pane.shown = new Map();
    pane.cardSeq = new Map();
    pane.seen = new Map();
    pane.pendingExecutes = new Set();
    pane.teamsUserId = null;
    pane.lastAjaxError = null;
    pane.lastPollOk = 0;
    pane.stalled = false;
  }

  function connectPane(pane, conversation) {
    teardownPane(pane);

    var generation = pane.generation;
    var user = findUser(settings.userId);

    pane.ending = false;
    pane.subtitle.textContent = '';
    setPaneState(pane, 'connecting');

    if (!user) {
      return Promise.resolve();
    }

    return postJson('/playground/api/tokens', { userId: user.id, conversation: conversation, locale: settings.locale })
      .then(function (tokenResponse) {
        if (generation !== pane.generation) {
          return;
        }

        if (!tokenResponse || !tokenResponse.token) {
          throw new Error('svaret saknar token');
        }

        pane.subtitle.textContent = [tokenResponse.title, tokenResponse.userName].filter(Boolean).join(' – ');
        pane.teamsUserId = tokenResponse.teamsUserId || null;

        var directLine = window.WebChat.createDirectLine({
          domain: location.origin + '/v3/directline',
          token: tokenResponse.token,
          webSocket: false,
          pollingInterval: POLLING_INTERVAL,
          conversationStartProperties: { locale: settings.locale }
        });

        instrumentDirectLine(pane, directLine, generation);

        var store = window.WebChat.createStore({}, createStoreMiddleware(pane, generation));

        pane.directLine = directLine;
        pane.store = store;

        // A new React `key` makes React unmount the previous Web Chat in this container (its cleanup
        // disconnects and ends the old Direct Line) and mount a fresh one with the new store.
        window.WebChat.renderWebChat(
          {
            key: pane.name + '-' + generation,
            activityMiddleware: createActivityMiddleware(pane),
            cardActionMiddleware: createCardActionMiddleware(pane, generation),
            directLine: directLine,
            locale: settings.locale,
            store: store,
            styleOptions: styleOptions,
            userID: tokenResponse.userId || user.id,
            username: tokenResponse.userName || user.name
          },
          pane.container
        );
      })
      .catch(function (err) {
        if (generation !== pane.generation) {
          return;
        }

        setPaneState(pane, 'error', t('tokenFailed') + errorSuffix(err));
      });
  }

  function connectAll() {
    if (!window.WebChat) {
      return;
    }

    connectPane(panes.personal, 'personal');
    connectChannel();
  }

  function connectChannel() {
    updateChannelTitle();

    if (!settings.channelId) {
      teardownPane(panes.channel);
      setPaneState(panes.channel, 'error', t('channel') + ': –');

      return;
    }

    connectPane(panes.channel, 'channel:' + settings.channelId);
  }

  // Remember which card element was clicked last (capture phase: Adaptive Cards stops the bubbling).
  function trackCardClicks(pane) {
    pane.container.addEventListener(
      'click',
      function (event) {
        var target = event.target;

        if (target && target.closest && target.closest('.ac-adaptiveCard')) {
          pane.lastCardClick = target;
        }
      },
      true
    );
  }

  // ----------------------------------------------------------------------------------------------------
  // Pickers
  // ----------------------------------------------------------------------------------------------------

  function option(value, text) {
    var el = document.createElement('option');

    el.value = value;
    el.textContent = text;

    return el;
  }

  function fillPickers() {
    els.organisation.textContent = directory.organisation || t('noOrganisation');
    els.user.textContent = '';
    directory.users.forEach(function (user) {
      var parts = user.inOrganisation === false
        ? [user.name, user.jobTitle, t('notInOrganisation')].filter(Boolean)
        : [user.name, user.roleLabel || user.role, user.unitName || t('noUnit')].filter(Boolean);

      els.user.appendChild(option(user.id, parts.join(' – ')));
    });

    els.channel.textContent = '';
    directory.channels.forEach(function (channel) {
      els.channel.appendChild(option(channel.id, channel.name));
    });

    els.user.value = settings.userId || '';
    els.channel.value = settings.channelId || '';
    els.locale.value = settings.locale;
    els.user.disabled = false;
    els.channel.disabled = !directory.channels.length;
  }

  function onUserChange() {
    settings.userId = els.user.value;
    settings.channelId = defaultChannelFor(findUser(settings.userId));
    els.channel.value = settings.channelId || '';
    saveSettings();
    connectAll();
  }

  function onChannelChange() {
    settings.channelId = els.channel.value;
    saveSettings();
    connectChannel();
  }

  function onLocaleChange() {
    settings.locale = TEXT[els.locale.value] ? els.locale.value : 'sv-SE';
    saveSettings();
    applyLabels();

    if (directory) {
      fillPickers();
      connectAll();
    }
  }

  function start() {
    els.locale.value = settings.locale;
    applyLabels();
    els.locale.addEventListener('change', onLocaleChange);
    trackCardClicks(panes.personal);
    trackCardClicks(panes.channel);

    if (!window.WebChat || typeof window.WebChat.renderWebChat !== 'function') {
      fatalMessage = t('webchatMissing');
      setPaneState(panes.personal, 'error', t('webchatMissing'));
      setPaneState(panes.channel, 'error', t('webchatMissing'));

      return;
    }

    fetchJson('/playground/api/users', { headers: { Accept: 'application/json' } })
      .then(function (body) {
        if (!body || !Array.isArray(body.users) || !Array.isArray(body.channels)) {
          throw new Error('oväntat svar från /playground/api/users');
        }

        directory = body;

        if (!findUser(settings.userId)) {
          settings.userId = body.users.length ? body.users[0].id : null;
          settings.channelId = null;
        }

        if (!findChannel(settings.channelId)) {
          settings.channelId = defaultChannelFor(findUser(settings.userId));
        }

        saveSettings();
        fillPickers();
        els.user.addEventListener('change', onUserChange);
        els.channel.addEventListener('change', onChannelChange);
        connectAll();
      })
      .catch(function (err) {
        fatalMessage = t('usersFailed') + errorSuffix(err);
        renderStatus();
      });
  }

  start();
})();
