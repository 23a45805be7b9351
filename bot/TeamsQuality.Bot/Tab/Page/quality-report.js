// The quality report section of the personal tab (issue 11 item 1): choose the year and the report (a unit's or the
// administration's, as the API offers), read the year in figures and the perspectives, write the manager's sections
// (each save a new version, the earlier ones listed) and the perspectives' own assessment, and get fresh Word and PDF
// links. Everything goes to /api/tab/quality-report…; a refusal is shown under the field it is about, nothing typed is
// lost, and what is loading or saved is said in a role=status line.
(function () {
  'use strict';

  var texts = {
    sv: {
      title: 'Kvalitetsberättelse',
      loading: 'Hämtar kvalitetsberättelsen…',
      saving: 'Sparar…',
      saved: 'Sparat.',
      year: 'År',
      report: 'Berättelse',
      show: 'Visa',
      figures: 'Året i siffror',
      units: 'Enheterna',
      perspectives: 'Bedömning per perspektiv',
      needsAction: 'Behövs åtgärder?',
      yes: 'Ja',
      no: 'Nej',
      notAssessed: 'Ej bedömd',
      trend: 'Trend',
      comment: 'Kommentar',
      saveAssessment: 'Spara bedömningen',
      sections: 'Chefens avsnitt',
      saveSection: 'Spara utkast',
      history: 'Tidigare versioner ({count})',
      emptied: '(avsnittet tömdes)',
      downloads: 'Ladda ner',
      links: 'Hämta länkar till Word och PDF',
      linksNote: 'Länkarna gäller i 15 minuter.',
      word: 'Word (.docx)',
      pdf: 'PDF',
      readOnly: 'Du kan läsa berättelsen; avsnitten skrivs av enhetens chef (förvaltningens av biträdande socialchef).'
    },
    en: {
      title: 'Quality report (kvalitetsberättelse)',
      loading: 'Loading the quality report…',
      saving: 'Saving…',
      saved: 'Saved.',
      year: 'Year',
      report: 'Report',
      show: 'Show',
      figures: 'The year in figures',
      units: 'The units',
      perspectives: 'Assessment per perspective',
      needsAction: 'Are actions needed?',
      yes: 'Yes',
      no: 'No',
      notAssessed: 'Not assessed',
      trend: 'Trend',
      comment: 'Comment',
      saveAssessment: 'Save the assessment',
      sections: "The manager's sections",
      saveSection: 'Save draft',
      history: 'Earlier versions ({count})',
      emptied: '(the section was emptied)',
      downloads: 'Download',
      links: 'Get Word and PDF links',
      linksNote: 'The links work for 15 minutes.',
      word: 'Word (.docx)',
      pdf: 'PDF',
      readOnly: "You can read the report; the sections are written by the unit's manager (the administration's by the deputy director)."
    }
  };

  var el = TeamsQualityTab.el;

  TeamsQualityTab.addSection({
    id: 'quality-report',
    texts: texts,
    render: function (element, tab) {
      // The report is for those who write or follow one (a unit manager, the deputy director, quality developers, the
      // director). Staff and people not in the organisation are not shown the section, so the page never asks for what
      // it would be refused (an ersättare writes the unit's report from the card, `kvalitetsberättelse`).
      var person = tab.me && tab.me.person;
      if (!person || person.role === 'Medarbetare') {
        element.hidden = true;
        return;
      }
      var t = tab.t;
      var current = { scope: null, year: null };
      var status = el('p', { id: 'qr-status', role: 'status', 'aria-live': 'polite', className: 'qr__status' });
      var body = el('div', { id: 'qr-body' });
      element.setAttribute('aria-labelledby', 'qr-title');
      element.appendChild(el('h2', { id: 'qr-title', textContent: t('title') }));
      element.appendChild(status);
      element.appendChild(body);
      load();

      function say(text) { status.textContent = text; }

      function load() {
        say(t('loading'));
        var query = [];
        if (current.scope) { query.push('scope=' + encodeURIComponent(current.scope)); }
        if (current.year) { query.push('year=' + encodeURIComponent(current.year)); }
        tab.api('/quality-report/' + (query.length ? '?' + query.join('&') : '')).then(function (report) {
          draw(report);
          say('');
        }, function (err) {
          body.textContent = '';
          say('');
          body.appendChild(el('p', { id: 'qr-error', role: 'alert', textContent: err.message }));
        });
      }

      // Each refusal under its field (by the refusal's field name), else next to the button.
      function refused(err, places, fallback) {
        Object.keys(places).forEach(function (key) { places[key].textContent = ''; });
        fallback.textContent = '';
        var refusals = (err.body && err.body.refusals) || [];
        if (refusals.length === 0) { fallback.textContent = err.message; return; }
        refusals.forEach(function (r) { (places[r.field] || fallback).textContent = r.message; });
      }

      function draw(report) {
        current.scope = report.scope;
        current.year = report.year;
        body.textContent = '';

        // Which report and year.
        var yearInput = el('input', { id: 'qr-year', type: 'number', min: '2000', max: '2100', value: String(report.year) });
        var scopeSelect = el('select', { id: 'qr-scope' }, report.choices.map(function (c) {
          return el('option', { value: c.scope, textContent: c.name, selected: c.scope === report.scope });
        }));
        body.appendChild(el('form', {
          className: 'qr__choose',
          onsubmit: function (e) {
            e.preventDefault();
            current.scope = scopeSelect.value;
            current.year = parseInt(yearInput.value, 10) || null;
            load();
          }
        }, [
          el('label', { 'for': 'qr-scope', textContent: t('report') }), scopeSelect,
          el('label', { 'for': 'qr-year', textContent: t('year') }), yearInput,
          el('button', { type: 'submit', id: 'qr-show', textContent: t('show') })
        ]));

        body.appendChild(el('h3', { id: 'qr-report-title', textContent: report.title }));
        // Which months the year covers (a wheel year is not a calendar year): everything below is of these months.
        body.appendChild(el('p', { id: 'qr-period', className: 'qr__compiled', textContent: report.period }));
        body.appendChild(el('p', { className: 'qr__compiled', textContent: report.compiled }));

        body.appendChild(el('h4', { textContent: t('figures') }));
        body.appendChild(el('dl', { id: 'qr-figures' }, report.figures.reduce(function (items, f) {
          return items.concat([el('dt', { textContent: f.label }), el('dd', { textContent: f.value })]);
        }, [])));

        if (report.units.length > 0) {
          body.appendChild(el('h4', { textContent: t('units') }));
          body.appendChild(el('ul', { id: 'qr-units' }, report.units.map(function (u) {
            return el('li', {}, [el('strong', { textContent: u.name + ': ' }), u.text]);
          })));
        }

        body.appendChild(el('h4', { textContent: t('perspectives') }));
        report.perspectives.forEach(function (p) { body.appendChild(perspective(report, p)); });

        body.appendChild(el('h4', { textContent: t('sections') }));
        if (!report.canWrite) { body.appendChild(el('p', { id: 'qr-readonly', textContent: t('readOnly') })); }
        report.sections.forEach(function (s) { body.appendChild(section(report, s)); });

        body.appendChild(el('h4', { textContent: t('downloads') }));
        var linkList = el('p', { id: 'qr-links' });
        var linkError = el('p', { className: 'qr__error', role: 'alert' });
        body.appendChild(el('button', {
          type: 'button',
          id: 'qr-get-links',
          textContent: t('links'),
          onclick: function () {
            linkError.textContent = '';
            tab.api('/quality-report/links', { method: 'POST', body: { scope: report.scope, year: report.year } }).then(function (links) {
              linkList.textContent = '';
              linkList.appendChild(el('a', { id: 'qr-word', href: links.word, textContent: t('word') }));
              linkList.appendChild(document.createTextNode(' · '));
              linkList.appendChild(el('a', { id: 'qr-pdf', href: links.pdf, textContent: t('pdf') }));
              linkList.appendChild(el('span', { className: 'qr__note', textContent: ' ' + t('linksNote') }));
            }, function (err) { linkError.textContent = err.message; });
          }
        }));
        body.appendChild(linkList);
        body.appendChild(linkError);
      }

      function perspective(report, p) {
        var id = 'qr-p-' + p.perspective;
        var box = el('div', { className: 'qr__perspective', id: id }, [
          el('h5', { textContent: p.name }),
          el('p', { textContent: (p.needsAction === null ? t('notAssessed') : (p.needsAction ? t('yes') : t('no'))) + ' · ' + p.trendName }),
          p.comment ? el('p', { className: 'qr__comment', textContent: p.comment }) : null,
          el('p', { className: 'qr__source', textContent: p.source })
        ]);
        if (!report.canWrite) { return box; }
        var yes = el('input', { type: 'radio', name: id + '-needs', id: id + '-yes', value: 'true', checked: p.needsAction === true });
        var no = el('input', { type: 'radio', name: id + '-needs', id: id + '-no', value: 'false', checked: p.needsAction === false });
        var trend = el('select', { id: id + '-trend' }, report.trends.map(function (x) {
          return el('option', { value: x.value, textContent: x.name, selected: x.value === p.trend });
        }));
        var comment = el('textarea', { id: id + '-comment', rows: '3', maxlength: '4000', value: p.comment || '' });
        var errors = {
          needsAction: el('p', { className: 'qr__error', id: id + '-needs-error', role: 'alert' }),
          trend: el('p', { className: 'qr__error', id: id + '-trend-error', role: 'alert' }),
          comment: el('p', { className: 'qr__error', id: id + '-comment-error', role: 'alert' })
        };
        var other = el('p', { className: 'qr__error', role: 'alert' });
        box.appendChild(el('form', {
          onsubmit: function (e) {
            e.preventDefault();
            say(t('saving'));
            tab.api('/quality-report/perspective', {
              method: 'PUT',
              body: { scope: report.scope, year: report.year, perspective: p.perspective, needsAction: yes.checked ? true : (no.checked ? false : null), trend: trend.value, comment: comment.value }
            }).then(function (next) { draw(next); say(t('saved')); }, function (err) { say(''); refused(err, errors, other); });
          }
        }, [
          el('fieldset', {}, [
            el('legend', { textContent: t('needsAction') }),
            yes, el('label', { 'for': id + '-yes', textContent: t('yes') }),
            no, el('label', { 'for': id + '-no', textContent: t('no') }),
            errors.needsAction
          ]),
          el('label', { 'for': id + '-trend', textContent: t('trend') }), trend, errors.trend,
          el('label', { 'for': id + '-comment', textContent: t('comment') }), comment, errors.comment,
          el('button', { type: 'submit', textContent: t('saveAssessment') }), other
        ]));
        return box;
      }

      function section(report, s) {
        var id = 'qr-s-' + s.kind;
        var box = el('div', { className: 'qr__section', id: id }, [el('h5', { id: id + '-name', textContent: s.name })]);
        if (s.saved) { box.appendChild(el('p', { className: 'qr__saved', textContent: s.saved })); }
        if (report.canWrite) {
          var text = el('textarea', { id: id + '-text', rows: '5', maxlength: '4000', 'aria-describedby': id + '-error', value: s.text });
          var error = el('p', { className: 'qr__error', id: id + '-error', role: 'alert' });
          var other = el('p', { className: 'qr__error', role: 'alert' });
          box.appendChild(el('form', {
            onsubmit: function (e) {
              e.preventDefault();
              say(t('saving'));
              tab.api('/quality-report/section', {
                method: 'PUT',
                body: { scope: report.scope, year: report.year, section: s.kind, text: text.value, revision: s.revision }
              }).then(function (next) { draw(next); say(t('saved')); }, function (err) { say(''); refused(err, { text: error }, other); });
            }
          }, [
            el('label', { 'for': id + '-text', textContent: s.name }), text, error,
            el('button', { type: 'submit', id: id + '-save', textContent: t('saveSection') }), other
          ]));
        } else {
          box.appendChild(el('p', { className: 'qr__text', textContent: s.text }));
        }
        if (s.history.length > 0) {
          box.appendChild(el('details', { id: id + '-history' }, [
            el('summary', { textContent: t('history', { count: s.history.length }) }),
            el('ol', {}, s.history.map(function (h) {
              return el('li', {}, [el('span', { className: 'qr__line', textContent: h.line }), el('p', { textContent: h.text || t('emptied') })]);
            }))
          ]));
        }
        return box;
      }
    }
  });
})();
