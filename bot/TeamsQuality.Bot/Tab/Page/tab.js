// The TeamsQuality personal tab (plain browser JavaScript, no build step). In Teams, and in the playground that plays
// Teams, it asks the host through the official Teams JavaScript library (teams-js.js, window.microsoftTeams): who is
// signed in and in which language (app.getContext), and a single sign-on token (authentication.getAuthToken) that
// every call to /api/tab carries; the host validates that token before it answers anything.
//
// A feature adds a section with a script of its own, loaded after this one in index.html:
//   TeamsQualityTab.addSection({
//     id: 'units',                                   // the section element's id: tab-section-units
//     texts: { sv: { title: 'Enheter' }, en: { title: 'Units' } },
//     render: function (element, tab) {             // after /api/tab/me answered
//       // TeamsQualityTab.el(tag, attributes, children) makes a DOM element; tab.me (the /api/tab/me answer), tab.lang ('sv'|'en'), tab.t(key) (this section's texts, then the page's),
//       // tab.api(path, { method, body }) -> Promise of the JSON answer; a refusal rejects with an Error whose message
//       // is the API's own, in the user's language: show it where the user looks.
//     }
//   });
(function () {
  'use strict';

  var texts = {
    sv: {
      title: 'TeamsQuality – inställningar',
      signingIn: 'Loggar in…',
      notInTeams: 'Den här sidan är en flik i Teams. Öppna TeamsQuality i Teams.',
      tokenFailed: 'Teams kunde inte logga in dig i TeamsQuality ({reason}). Stäng fliken och öppna den igen; hjälper inte det, kontakta IT-avdelningen.',
      apiUnavailable: 'TeamsQuality svarar inte just nu. Försök igen om en stund.',
      whoTitle: 'Du och organisationen',
      signedInAs: 'Inloggad som {name}.',
      organisation: 'Organisation: {name} ({units} enheter, {people} personer).',
      notSetUp: 'Organisationen är inte inställd än.',
      canSetUp: 'Du är kvalitetsadministratör: du kan ställa in organisationen.',
      cannotSetUp: 'Bara en kvalitetsadministratör kan ändra organisationen – be IT-avdelningen ge dig approllen Kvalitetsadministratör.'
    },
    en: {
      title: 'TeamsQuality – settings',
      signingIn: 'Signing in…',
      notInTeams: 'This page is a tab in Teams. Open TeamsQuality in Teams.',
      tokenFailed: 'Teams could not sign you in to TeamsQuality ({reason}). Close the tab and open it again; if that does not help, contact your IT department.',
      apiUnavailable: 'TeamsQuality does not answer right now. Try again in a while.',
      whoTitle: 'You and the organisation',
      signedInAs: 'Signed in as {name}.',
      organisation: 'Organisation: {name} ({units} units, {people} people).',
      notSetUp: 'The organisation is not set up yet.',
      canSetUp: 'You are a kvalitetsadministratör: you can set up the organisation.',
      cannotSetUp: 'Only a kvalitetsadministratör can change the organisation – ask your IT department to assign you the app role Kvalitetsadministratör.'
    }
  };

  var sections = [];
  // A page of its own (overview.html) names itself with TeamsQualityTab.title({ sv, en }); index.html is the settings.
  var pageTitle = null;
  var lang = 'sv';
  var locale = 'sv-SE';

  function format(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (_, key) {
      return values && values[key] !== undefined && values[key] !== null ? String(values[key]) : '';
    });
  }

  function t(key, values) {
    return format(texts[lang][key] !== undefined ? texts[lang][key] : texts.sv[key], values);
  }

  function byId(id) { return document.getElementById(id); }

  function setStatus(state, text) {
    var status = byId('tab-status');
    status.setAttribute('data-state', state);
    status.textContent = text;
  }

  function applyLanguage() {
    var title = pageTitle ? (pageTitle[lang] || pageTitle.sv) : t('title');
    document.documentElement.lang = lang;
    document.title = title;
    byId('tab-title').textContent = title;
  }

  // An Error whose message the page can show as is.
  function shown(message) {
    var error = new Error(message);
    error.shown = true;
    return error;
  }

  function token() {
    return window.microsoftTeams.authentication.getAuthToken().catch(function (err) {
      throw shown(t('tokenFailed', { reason: (err && err.message) || String(err) }));
    });
  }

  // A call to the tab API with a fresh token (Teams keeps it while it is valid) and the user's Teams language; the
  // API's refusals carry their message in that language.
  function api(path, options) {
    options = options || {};
    return token().then(function (bearer) {
      var headers = { Authorization: 'Bearer ' + bearer, 'Accept-Language': locale, Accept: 'application/json' };
      var init = { method: options.method || 'GET', headers: headers, credentials: 'omit' };
      if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(options.body);
      }
      return fetch('/api/tab' + path, init).catch(function () {
        throw shown(t('apiUnavailable'));
      });
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!response.ok) {
          var error = shown(body && body.message ? body.message : t('apiUnavailable'));
          error.status = response.status;
          error.body = body;
          throw error;
        }
        return body;
      });
    });
  }

  function renderWho(me) {
    // Only the settings page says who is signed in; another page (overview.html) has no such section.
    if (!byId('tab-who')) { return; }
    byId('tab-who-title').textContent = t('whoTitle');
    byId('tab-user').textContent = t('signedInAs', { name: me.name });
    byId('tab-organisation').textContent = me.organisation
      ? t('organisation', { name: me.organisation.name, units: me.organisation.units, people: me.organisation.people })
      : t('notSetUp');
    var admin = byId('tab-admin');
    admin.setAttribute('data-administrator', me.administrator ? 'true' : 'false');
    admin.textContent = me.administrator ? t('canSetUp') : t('cannotSetUp');
    byId('tab-who').hidden = false;
  }

  function renderSections(me) {
    var host = byId('tab-sections');
    sections.forEach(function (section) {
      var element = document.createElement('section');
      element.id = 'tab-section-' + section.id;
      element.className = 'tab__card';
      host.appendChild(element);
      var own = (section.texts && section.texts[lang]) || (section.texts && section.texts.sv) || {};
      section.render(element, {
        me: me,
        lang: lang,
        api: api,
        t: function (key, values) { return own[key] !== undefined ? format(own[key], values) : t(key, values); }
      });
    });
  }

  function start() {
    applyLanguage();
    setStatus('loading', t('signingIn'));
    if (!window.microsoftTeams) {
      setStatus('error', t('notInTeams'));
      return;
    }

    var teams = window.microsoftTeams;
    teams.app.initialize()
      .catch(function () { throw shown(t('notInTeams')); })
      .then(function () { return teams.app.getContext(); })
      .then(function (context) {
        locale = (context.app && context.app.locale) || locale;
        lang = /^en/i.test(locale) ? 'en' : 'sv';
        applyLanguage();
        setStatus('loading', t('signingIn'));
        return api('/me');
      })
      .then(function (me) {
        renderWho(me);
        renderSections(me);
        setStatus('ready', '');
        teams.app.notifySuccess();
      })
      .catch(function (err) {
        setStatus('error', err && err.shown ? err.message : t('apiUnavailable'));
        if (err && !err.shown && window.console) { window.console.error(err); }
      });
  }

  // A DOM element for the sections: el('td', { className: 'x', 'data-unit': 'y' }, [child, 'text']).
  function el(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === undefined || value === null || value === false) { return; }
      if (key === 'className' || key === 'textContent' || key === 'value' || key === 'checked' || key === 'disabled' || key === 'hidden' || key === 'selected') {
        element[key] = value;
      } else if (key === 'onclick' || key === 'onchange' || key === 'onsubmit') {
        element.addEventListener(key.slice(2), value);
      } else {
        element.setAttribute(key, value === true ? '' : value);
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return element;
  }

  window.TeamsQualityTab = {
    el: el,
    title: function (titles) { pageTitle = titles; },
    addSection: function (section) {
      if (!section || !section.id || typeof section.render !== 'function') {
        throw new Error('TeamsQualityTab.addSection needs { id, render(element, tab) }.');
      }
      sections.push(section);
    }
  };

  document.addEventListener('DOMContentLoaded', start);
})();
