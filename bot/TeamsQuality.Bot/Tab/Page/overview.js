// The management view (issue 11 item 3), the static tab "Översikt": every unit the signed-in person sees × the wheel
// year's stops, the wheel drawn as an SVG wheel, self-check results, open and overdue actions, reports per tertial as
// bars, the risk matrix, and a drill into one unit and back. Everything comes from /api/tab/overview…, which leaves
// out what the person may not see (staff get no report figures): the page draws what it is given.
// Plain DOM (no innerHTML, no inline styles or handlers: the tab's CSP allows neither); a state is always colour AND
// text (an abbreviation with its name for screen readers, and a legend).
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var STATES = ['EjPaborjad', 'Paborjad', 'Klar', 'Forsenad'];
  var KIND_CLASSES = { Avvikelse: 1, Missforhallande: 2, PatagligRiskForMissforhallande: 3, Synpunkt: 4, Klagomal: 5, Berom: 6 };

  var texts = {
    sv: {
      title: 'TeamsQuality – översikt',
      loading: 'Hämtar översikten…',
      loadingUnit: 'Hämtar {unit}…',
      loaded: 'Översikten för {year} är hämtad.',
      loadedUnit: '{unit} är hämtad.',
      year: 'År',
      gridTitle: 'Hållplatser per enhet',
      gridCaption: 'Status för varje enhets hållplatser {year}',
      unit: 'Enhet',
      stop: 'Hållplats {number}: {theme}',
      notHeld: 'Hålls inte här',
      actionsCol: 'Åtgärder öppna / försenade',
      checksCol: 'Egenkontroller gjorda / att göra',
      reportsCol: 'Rapporter',
      risksCol: 'Aktuella risker',
      open: 'Öppna {unit}',
      legend: 'Förklaring',
      EjPaborjad: 'Ej påbörjad', Paborjad: 'Påbörjad', Klar: 'Klar', Forsenad: 'Försenad',
      abbrEjPaborjad: 'EP', abbrPaborjad: 'P', abbrKlar: 'K', abbrForsenad: 'F',
      wheelTitle: 'Årshjulet {year}',
      wheelLabel: 'Årshjulet {year} med varje hållplats status. Samma uppgifter finns i listan under hjulet.',
      wheelItem: '{number}. {theme} – {months} – {perspective} – {holder}: {state}',
      wheelCounts: '{Klar} klara, {Paborjad} påbörjade, {EjPaborjad} ej påbörjade, {Forsenad} försenade',
      months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      checksTitle: 'Egenkontroller',
      planned: 'Planerade', dueSoFar: 'Att göra hittills', done: 'Gjorda', godkand: 'Godkänd', ejGodkand: 'Ej godkänd',
      actionsTitle: 'Åtgärder',
      openActions: 'Öppna åtgärder: {open}, varav försenade: {overdue}.',
      overdueTitle: 'Försenade åtgärder',
      noOverdue: 'Inga försenade åtgärder.',
      actionTitle: 'Åtgärd', owner: 'Ansvarig', due: 'Klart senast', status: 'Status',
      noOwner: '–',
      reportsTitle: 'Rapporter per tertial',
      reportsLabel: 'Rapporter per tertial {year}: {summary}',
      kind: 'Slag',
      total: 'Totalt',
      risksTitle: 'Riskmatris',
      risksCaption: 'Aktuella risker per sannolikhet och konsekvens',
      probability: 'Sannolikhet',
      consequence: 'Konsekvens',
      riskCell: '{count} ({level})',
      staffNote: 'Du ser din enhets hållplatser och åtgärder. Rapporter, egenkontroller och risker följs av enhetschefen.',
      back: 'Tillbaka till översikten',
      unitStops: 'Hållplatser',
      unitActions: 'Åtgärder',
      noActions: 'Inga åtgärder.',
      unitChecks: 'Egenkontrollpunkter',
      noChecks: 'Ingen egenkontrollplan för året.',
      point: 'Kontrollpunkt', perspective: 'Perspektiv', doneOf: 'Gjorda / planerade', latest: 'Senaste resultat',
      noResult: 'Inget resultat än',
      unitRisks: 'Aktuella risker per nivå',
      unitReports: 'Rapporter per tertial',
      number: 'Nr', theme: 'Tema', dueDate: 'Senast',
      overdueMark: 'Försenad'
    },
    en: {
      title: 'TeamsQuality – overview',
      loading: 'Loading the overview…',
      loadingUnit: 'Loading {unit}…',
      loaded: 'The overview for {year} is loaded.',
      loadedUnit: '{unit} is loaded.',
      year: 'Year',
      gridTitle: 'Hållplatser (stops) per unit',
      gridCaption: "Status of every unit's stops in {year}",
      unit: 'Unit',
      stop: 'Stop {number}: {theme}',
      notHeld: 'Not held here',
      actionsCol: 'Actions open / overdue',
      checksCol: 'Self-checks done / due',
      reportsCol: 'Reports',
      risksCol: 'Current risks',
      open: 'Open {unit}',
      legend: 'Legend',
      EjPaborjad: 'Ej påbörjad (not started)', Paborjad: 'Påbörjad (started)', Klar: 'Klar (done)', Forsenad: 'Försenad (late)',
      abbrEjPaborjad: 'EP', abbrPaborjad: 'P', abbrKlar: 'K', abbrForsenad: 'F',
      wheelTitle: 'The wheel (årshjul) {year}',
      wheelLabel: 'The wheel {year} with the status of each stop. The list below the wheel has the same.',
      wheelItem: '{number}. {theme} – {months} – {perspective} – {holder}: {state}',
      wheelCounts: '{Klar} done, {Paborjad} started, {EjPaborjad} not started, {Forsenad} late',
      months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      checksTitle: 'Self-checks (egenkontroller)',
      planned: 'Planned', dueSoFar: 'Due so far', done: 'Done', godkand: 'Godkänd (passed)', ejGodkand: 'Ej godkänd (failed)',
      actionsTitle: 'Actions (åtgärder)',
      openActions: 'Open actions: {open}, of which overdue: {overdue}.',
      overdueTitle: 'Overdue actions',
      noOverdue: 'No overdue actions.',
      actionTitle: 'Action', owner: 'Owner', due: 'Due', status: 'Status',
      noOwner: '–',
      reportsTitle: 'Reports per tertial',
      reportsLabel: 'Reports per tertial {year}: {summary}',
      kind: 'Kind',
      total: 'Total',
      risksTitle: 'Risk matrix',
      risksCaption: 'Current risks by probability and consequence',
      probability: 'Probability',
      consequence: 'Consequence',
      riskCell: '{count} ({level})',
      staffNote: "You see your unit's stops and actions. Reports, self-checks and risks are followed by the unit manager.",
      back: 'Back to the overview',
      unitStops: 'Hållplatser (stops)',
      unitActions: 'Actions',
      noActions: 'No actions.',
      unitChecks: 'Control points',
      noChecks: 'No self-check plan for the year.',
      point: 'Control point', perspective: 'Perspective', doneOf: 'Done / planned', latest: 'Latest result',
      noResult: 'No result yet',
      unitRisks: 'Current risks per level',
      unitReports: 'Reports per tertial',
      number: 'No.', theme: 'Theme', dueDate: 'Due',
      overdueMark: 'Overdue'
    }
  };

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null) { element.textContent = String(text); }
    return element;
  }

  function svg(tag, attributes) {
    var element = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, String(attributes[name])); });
    return element;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) { parent.appendChild(arguments[i]); }
    }
    return parent;
  }

  function query(year) { return year ? '?year=' + encodeURIComponent(year) : ''; }

  TeamsQualityTab.title({ sv: texts.sv.title, en: texts.en.title });

  TeamsQualityTab.addSection({
    id: 'overview',
    texts: texts,
    render: function (section, tab) {
      var t = tab.t;
      var own = texts[tab.lang] || texts.sv;
      var year = null;
      var lastOverview = null;
      var returnTo = null;

      section.classList.add('ov');
      var status = el('p', 'ov-status');
      status.id = 'overview-status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      var error = el('p', 'ov-error');
      error.id = 'overview-error';
      error.setAttribute('role', 'alert');
      var body = el('div', 'ov-body');
      body.id = 'overview-body';
      append(section, status, error, body);

      function busy(text) {
        status.setAttribute('data-state', 'loading');
        status.textContent = text;
        section.setAttribute('aria-busy', 'true');
        error.textContent = '';
      }

      function done(text) {
        status.setAttribute('data-state', 'ready');
        status.textContent = text;
        section.removeAttribute('aria-busy');
      }

      function failed(err) {
        status.setAttribute('data-state', 'error');
        status.textContent = '';
        section.removeAttribute('aria-busy');
        error.textContent = err && err.message ? err.message : String(err);
        error.scrollIntoView({ block: 'nearest' });
      }

      function stateName(state) { return t(state); }

      // A state as colour AND text: a badge with its abbreviation, its full name for screen readers and as a tooltip.
      function badge(state, tag) {
        var cell = el(tag || 'span', 'ov-state ov-state--' + state);
        cell.setAttribute('data-state', state);
        cell.title = stateName(state);
        var abbr = el('span', null, t('abbr' + state));
        abbr.setAttribute('aria-hidden', 'true');
        return append(cell, abbr, el('span', 'ov-sr', stateName(state)));
      }

      function legend() {
        var list = el('ul', 'ov-legend');
        list.setAttribute('aria-label', t('legend'));
        STATES.forEach(function (state) {
          var item = el('li');
          append(item, badge(state), el('span', null, ' ' + stateName(state)));
          list.appendChild(item);
        });
        return list;
      }

      function heading(level, text, id) {
        var h = el('h' + level, null, text);
        if (id) { h.id = id; }
        return h;
      }

      function scroller(label, content) {
        // A wide table scrolls inside its own box on a phone; the box can take focus so it can be scrolled by keyboard.
        var box = el('div', 'ov-scroll');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
        box.appendChild(content);
        return box;
      }

      function table(caption, headers) {
        var tableElement = el('table', 'ov-table');
        append(tableElement, el('caption', null, caption));
        var head = el('thead');
        var row = el('tr');
        headers.forEach(function (h) {
          var th = el('th', null, typeof h === 'string' ? h : h.text);
          th.scope = 'col';
          if (h.title) { th.title = h.title; }
          row.appendChild(th);
        });
        head.appendChild(row);
        tableElement.appendChild(head);
        var tbody = el('tbody');
        tableElement.appendChild(tbody);
        return { table: tableElement, body: tbody };
      }

      function monthsText(months) {
        return months.map(function (m) { return own.months[m - 1]; }).join('–');
      }

      function card(id, title) {
        var box = el('section', 'ov-card');
        box.id = id;
        box.setAttribute('aria-labelledby', id + '-title');
        box.appendChild(heading(2, title, id + '-title'));
        return box;
      }

      // ---- The first page ----

      function load() {
        busy(t('loading'));
        return tab.api('/overview' + query(year)).then(function (view) {
          lastOverview = view;
          year = view.year;
          drawOverview(view);
          done(t('loaded', { year: view.year }));
        }, failed);
      }

      function yearPicker(current) {
        var wrap = el('div', 'ov-year');
        var label = el('label', null, t('year'));
        label.setAttribute('for', 'overview-year');
        var select = el('select');
        select.id = 'overview-year';
        [current - 1, current, current + 1].forEach(function (y) {
          var option = el('option', null, y);
          option.value = String(y);
          option.selected = y === current;
          select.appendChild(option);
        });
        select.addEventListener('change', function () {
          year = Number(select.value);
          load().then(function () { var again = document.getElementById('overview-year'); if (again) { again.focus(); } });
        });
        return append(wrap, label, select);
      }

      function drawOverview(view) {
        body.textContent = '';
        append(body, yearPicker(view.year));
        if (!view.seesFigures) { body.appendChild(el('p', 'ov-note', t('staffNote'))); }
        body.appendChild(gridCard(view));
        body.appendChild(wheelCard(view));
        if (view.selfChecks) { body.appendChild(checksCard(view.selfChecks)); }
        body.appendChild(actionsCard(view));
        if (view.deviations) { body.appendChild(reportsCard(view)); }
        if (view.riskMatrix) { body.appendChild(riskCard(view.riskMatrix)); }
      }

      function gridCard(view) {
        var box = card('overview-grid', t('gridTitle'));
        var headers = [{ text: t('unit') }];
        view.wheel.forEach(function (stop) {
          headers.push({ text: String(stop.number), title: t('stop', { number: stop.number, theme: stop.theme }) });
        });
        headers.push(t('actionsCol'));
        if (view.seesFigures) { headers.push(t('checksCol')); }
        if (view.deviations) { headers.push(t('reportsCol')); }
        if (view.seesFigures) { headers.push(t('risksCol')); }
        var grid = table(t('gridCaption', { year: view.year }), headers);
        grid.table.id = 'overview-grid-table';
        view.units.forEach(function (unit) {
          var row = el('tr');
          row.setAttribute('data-unit', unit.id);
          var name = el('th');
          name.scope = 'row';
          if (unit.managerGroup) {
            name.textContent = unit.name;
          } else {
            var open = el('button', 'ov-link', unit.name);
            open.type = 'button';
            open.setAttribute('data-unit', unit.id);
            open.title = t('open', { unit: unit.name });
            open.addEventListener('click', function () { drill(unit.id, unit.name, open); });
            name.appendChild(open);
          }
          row.appendChild(name);
          var byNumber = {};
          unit.stops.forEach(function (s) { byNumber[s.number] = s; });
          view.wheel.forEach(function (stop) {
            var held = byNumber[stop.number];
            if (held) {
              var cell = badge(held.state, 'td');
              cell.title = t('stop', { number: stop.number, theme: stop.theme }) + ': ' + stateName(held.state);
              row.appendChild(cell);
            } else {
              var none = el('td', 'ov-state ov-state--none');
              var dash = el('span', null, '·');
              dash.setAttribute('aria-hidden', 'true');
              append(none, dash, el('span', 'ov-sr', t('notHeld')));
              row.appendChild(none);
            }
          });
          row.appendChild(el('td', 'ov-num' + (unit.actions.overdue > 0 ? ' ov-num--late' : ''), unit.actions.open + ' / ' + unit.actions.overdue));
          if (view.seesFigures) {
            row.appendChild(el('td', 'ov-num', unit.selfChecks ? unit.selfChecks.done + ' / ' + unit.selfChecks.dueSoFar : '–'));
          }
          if (view.deviations) { row.appendChild(el('td', 'ov-num', unit.deviations === null || unit.deviations === undefined ? '–' : unit.deviations)); }
          if (view.seesFigures) { row.appendChild(el('td', 'ov-num', unit.currentRisks === null || unit.currentRisks === undefined ? '–' : unit.currentRisks)); }
          grid.body.appendChild(row);
        });
        append(box, legend(), scroller(t('gridCaption', { year: view.year }), grid.table));
        return box;
      }

      // The wheel: the wheel year's twelve months clockwise from the top, starting with its first stop's month; each
      // stop a ring segment over its months (stops sharing a month share it side by side), coloured by its state.
      function wheelCard(view) {
        var box = card('overview-wheel', t('wheelTitle', { year: view.year }));
        var stops = view.wheel.slice().sort(function (a, b) { return a.number - b.number; });
        var start = stops.length ? stops[0].months[0] : 1;
        var size = 260, c = size / 2, outer = 104, inner = 50, labelRadius = 118;
        var picture = svg('svg', { viewBox: '0 0 ' + size + ' ' + size, role: 'img', class: 'ov-wheel', 'aria-labelledby': 'overview-wheel-svg-title' });
        var title = svg('title', { id: 'overview-wheel-svg-title' });
        title.textContent = t('wheelLabel', { year: view.year });
        picture.appendChild(title);

        function slot(month) { return (month - start + 12) % 12; }
        function point(radius, fraction) {
          var angle = fraction * 2 * Math.PI - Math.PI / 2;
          return [c + radius * Math.cos(angle), c + radius * Math.sin(angle)];
        }

        // Which stops share each month, in number order: a stop's share of a month is its place among them.
        var sharing = {};
        stops.forEach(function (stop) {
          stop.months.forEach(function (m) { (sharing[m] = sharing[m] || []).push(stop.number); });
        });

        for (var m = 0; m < 12; m++) {
          var month = ((start - 1 + m) % 12) + 1;
          var at = point(labelRadius, (m + 0.5) / 12);
          var label = svg('text', { x: at[0].toFixed(1), y: at[1].toFixed(1), class: 'ov-wheel__month', 'text-anchor': 'middle', 'dominant-baseline': 'middle' });
          label.textContent = own.months[month - 1];
          picture.appendChild(label);
        }

        stops.forEach(function (stop) {
          var first = stop.months[0], last = stop.months[stop.months.length - 1];
          var firstShare = sharing[first], lastShare = sharing[last];
          var from = (slot(first) + firstShare.indexOf(stop.number) / firstShare.length) / 12;
          var to = (slot(last) + (lastShare.indexOf(stop.number) + 1) / lastShare.length) / 12;
          if (to <= from) { to += 1; }
          var large = to - from > 0.5 ? 1 : 0;
          var a = point(outer, from), b = point(outer, to), d = point(inner, to), e = point(inner, from);
          var path = 'M' + a[0].toFixed(2) + ' ' + a[1].toFixed(2)
            + ' A' + outer + ' ' + outer + ' 0 ' + large + ' 1 ' + b[0].toFixed(2) + ' ' + b[1].toFixed(2)
            + ' L' + d[0].toFixed(2) + ' ' + d[1].toFixed(2)
            + ' A' + inner + ' ' + inner + ' 0 ' + large + ' 0 ' + e[0].toFixed(2) + ' ' + e[1].toFixed(2) + ' Z';
          var group = svg('g', { class: 'ov-wheel__stop ov-fill--' + stop.state, 'data-stop': stop.number, 'data-state': stop.state });
          var segment = svg('path', { d: path });
          var tip = svg('title');
          tip.textContent = t('wheelItem', {
            number: stop.number, theme: stop.theme, months: monthsText(stop.months), perspective: stop.perspective, holder: stop.holder, state: stateName(stop.state)
          });
          segment.appendChild(tip);
          var mid = point((outer + inner) / 2, (from + to) / 2);
          var number = svg('text', { x: mid[0].toFixed(1), y: mid[1].toFixed(1), class: 'ov-wheel__number', 'text-anchor': 'middle', 'dominant-baseline': 'middle' });
          number.textContent = String(stop.number);
          append(group, segment, number);
          picture.appendChild(group);
        });

        var centre = svg('text', { x: c, y: c, class: 'ov-wheel__year', 'text-anchor': 'middle', 'dominant-baseline': 'middle' });
        centre.textContent = String(view.year);
        picture.appendChild(centre);

        // The same as text: the list a screen reader reads (and anyone who cannot tell the colours apart).
        var list = el('ol', 'ov-wheel-list');
        list.id = 'overview-wheel-list';
        stops.forEach(function (stop) {
          var item = el('li');
          item.setAttribute('data-stop', stop.number);
          append(item, badge(stop.state), el('span', null, ' ' + t('wheelItem', {
            number: stop.number, theme: stop.theme, months: monthsText(stop.months), perspective: stop.perspective, holder: stop.holder, state: stateName(stop.state)
          })), el('span', 'ov-muted', ' (' + t('wheelCounts', stop.counts) + ')'));
          list.appendChild(item);
        });
        var figure = el('div', 'ov-wheel-box');
        figure.appendChild(picture);
        append(box, figure, legend(), list);
        return box;
      }

      function checksCard(counts) {
        var box = card('overview-checks', t('checksTitle'));
        var list = el('dl', 'ov-figures');
        ['planned', 'dueSoFar', 'done', 'godkand', 'ejGodkand'].forEach(function (key) {
          var item = el('div', 'ov-figure ov-figure--' + key);
          append(item, el('dt', null, t(key)), el('dd', null, counts[key]));
          list.appendChild(item);
        });
        box.appendChild(list);
        return box;
      }

      function actionsCard(view) {
        var box = card('overview-actions', t('actionsTitle'));
        box.appendChild(el('p', 'ov-actions-summary', t('openActions', { open: view.actions.open, overdue: view.actions.overdue })));
        if (!view.overdue.length) {
          box.appendChild(el('p', 'ov-muted', t('noOverdue')));
          return box;
        }
        var list = table(t('overdueTitle'), [t('actionTitle'), t('unit'), t('owner'), t('due')]);
        view.overdue.forEach(function (a) {
          var row = el('tr');
          append(row, el('td', null, a.title), el('td', null, a.unit), el('td', null, a.owner || t('noOwner')), el('td', 'ov-num ov-num--late', a.dueDate));
          list.body.appendChild(row);
        });
        box.appendChild(scroller(t('overdueTitle'), list.table));
        return box;
      }

      // Bars per tertial, stacked by kind, drawn here as SVG; the table under them is the same in figures.
      function reportsChart(deviations, id, yearValue) {
        var width = 300, height = 170, top = 18, bottom = 24, barWidth = 56;
        var max = Math.max(1, Math.max.apply(null, deviations.tertials.map(function (x) { return x.total; })));
        var summary = deviations.tertials.map(function (x) { return x.name + ' ' + x.total; }).join(', ');
        var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', class: 'ov-bars', 'aria-labelledby': id + '-svg-title' });
        var title = svg('title', { id: id + '-svg-title' });
        title.textContent = t('reportsLabel', { year: yearValue, summary: summary });
        chart.appendChild(title);
        append(chart, svg('line', { x1: 20, x2: width - 10, y1: height - bottom, y2: height - bottom, class: 'ov-bars__axis' }));
        deviations.tertials.forEach(function (tertial, i) {
          var x = 40 + i * 90;
          var y = height - bottom;
          deviations.kinds.forEach(function (kind) {
            var count = tertial.perKind[kind.kind] || 0;
            if (!count) { return; }
            var h = (height - top - bottom) * count / max;
            y -= h;
            var bar = svg('rect', { x: x, y: y.toFixed(2), width: barWidth, height: h.toFixed(2), class: 'ov-kind--' + (KIND_CLASSES[kind.kind] || 0) });
            var tip = svg('title');
            tip.textContent = tertial.name + ', ' + kind.name + ': ' + count;
            bar.appendChild(tip);
            chart.appendChild(bar);
          });
          var total = svg('text', { x: x + barWidth / 2, y: (y - 4).toFixed(1), 'text-anchor': 'middle', class: 'ov-bars__total' });
          total.textContent = String(tertial.total);
          var label = svg('text', { x: x + barWidth / 2, y: height - 8, 'text-anchor': 'middle', class: 'ov-bars__label' });
          label.textContent = tertial.name;
          append(chart, total, label);
        });

        var keys = el('ul', 'ov-legend ov-legend--kinds');
        deviations.kinds.forEach(function (kind) {
          var item = el('li');
          var swatch = el('span', 'ov-swatch ov-swatch--' + (KIND_CLASSES[kind.kind] || 0));
          swatch.setAttribute('aria-hidden', 'true');
          append(item, swatch, el('span', null, ' ' + kind.name));
          keys.appendChild(item);
        });

        var figures = table(t('reportsTitle'), [t('kind')].concat(deviations.tertials.map(function (x) { return x.name; })));
        deviations.kinds.forEach(function (kind) {
          var row = el('tr');
          var name = el('th', null, kind.name);
          name.scope = 'row';
          row.appendChild(name);
          deviations.tertials.forEach(function (x) { row.appendChild(el('td', 'ov-num', x.perKind[kind.kind] || 0)); });
          figures.body.appendChild(row);
        });
        var totals = el('tr', 'ov-total');
        var totalName = el('th', null, t('total'));
        totalName.scope = 'row';
        totals.appendChild(totalName);
        deviations.tertials.forEach(function (x) { totals.appendChild(el('td', 'ov-num', x.total)); });
        figures.body.appendChild(totals);

        var wrap = el('div', 'ov-chart');
        append(wrap, chart, keys, scroller(t('reportsTitle'), figures.table));
        return wrap;
      }

      function reportsCard(view) {
        var box = card('overview-reports', t('reportsTitle'));
        box.appendChild(reportsChart(view.deviations, 'overview-reports-chart', view.year));
        return box;
      }

      function riskCard(cells) {
        var box = card('overview-risks', t('risksTitle'));
        var consequences = [1, 2, 3, 4];
        var names = {};
        cells.forEach(function (cell) { names['c' + cell.consequence] = cell.consequenceName; names['p' + cell.probability] = cell.probabilityName; });
        var matrix = table(t('risksCaption'), [t('probability') + ' \\ ' + t('consequence')].concat(consequences.map(function (n) { return n + ' ' + names['c' + n]; })));
        matrix.table.classList.add('ov-matrix');
        [4, 3, 2, 1].forEach(function (p) {
          var row = el('tr');
          var head = el('th', null, p + ' ' + names['p' + p]);
          head.scope = 'row';
          row.appendChild(head);
          consequences.forEach(function (n) {
            var cell = cells.filter(function (x) { return x.probability === p && x.consequence === n; })[0];
            var td = el('td', 'ov-risk ov-risk--' + cell.level + (cell.count ? '' : ' ov-risk--empty'), t('riskCell', { count: cell.count, level: cell.levelName }));
            td.setAttribute('data-count', cell.count);
            row.appendChild(td);
          });
          matrix.body.appendChild(row);
        });
        box.appendChild(scroller(t('risksCaption'), matrix.table));
        return box;
      }

      // ---- The drill into a unit ----

      function drill(unitId, unitName, from) {
        returnTo = from ? from.getAttribute('data-unit') : null;
        busy(t('loadingUnit', { unit: unitName }));
        tab.api('/overview/units/' + encodeURIComponent(unitId) + query(year)).then(function (view) {
          drawUnit(view);
          done(t('loadedUnit', { unit: view.unit.name }));
          var title = document.getElementById('overview-unit-title');
          title.focus();
        }, failed);
      }

      function back() {
        if (!lastOverview) { load(); return; }
        drawOverview(lastOverview);
        done(t('loaded', { year: lastOverview.year }));
        var button = returnTo && body.querySelector('button.ov-link[data-unit="' + returnTo + '"]');
        if (button) { button.focus(); }
      }

      function drawUnit(view) {
        body.textContent = '';
        var backButton = el('button', 'ov-back', '← ' + t('back'));
        backButton.type = 'button';
        backButton.id = 'overview-back';
        backButton.addEventListener('click', back);
        var title = heading(2, view.unit.name + ' ' + view.year, 'overview-unit-title');
        title.setAttribute('tabindex', '-1');
        var box = el('section', 'ov-card ov-unit');
        box.id = 'overview-unit';
        box.setAttribute('data-unit', view.unit.id);
        box.setAttribute('aria-labelledby', 'overview-unit-title');
        append(box, backButton, title);
        if (!view.seesFigures) { box.appendChild(el('p', 'ov-note', t('staffNote'))); }

        box.appendChild(heading(3, t('unitStops')));
        var stops = table(t('unitStops'), [t('number'), t('theme'), t('dueDate'), t('status')]);
        stops.table.id = 'overview-unit-stops';
        view.stops.forEach(function (s) {
          var row = el('tr');
          row.setAttribute('data-stop', s.number);
          var state = el('td');
          append(state, badge(s.state), el('span', null, ' ' + stateName(s.state)));
          append(row, el('td', 'ov-num', s.number), el('td', null, s.theme), el('td', null, s.dueDate), state);
          stops.body.appendChild(row);
        });
        box.appendChild(scroller(t('unitStops'), stops.table));

        box.appendChild(heading(3, t('unitActions')));
        if (!view.actions.length) {
          box.appendChild(el('p', 'ov-muted', t('noActions')));
        } else {
          var actions = table(t('unitActions'), [t('actionTitle'), t('owner'), t('due'), t('status')]);
          actions.table.id = 'overview-unit-actions';
          view.actions.forEach(function (a) {
            var row = el('tr');
            var state = el('td', null, a.statusName);
            if (a.overdue) {
              state.appendChild(document.createTextNode(' '));
              state.appendChild(badge('Forsenad'));
              state.appendChild(el('span', 'ov-late', ' ' + t('overdueMark')));
            }
            append(row, el('td', null, a.title), el('td', null, a.owner || t('noOwner')), el('td', null, a.dueDate || '–'), state);
            actions.body.appendChild(row);
          });
          box.appendChild(scroller(t('unitActions'), actions.table));
        }

        if (view.selfChecks) {
          box.appendChild(heading(3, t('unitChecks')));
          if (!view.selfChecks.length) {
            box.appendChild(el('p', 'ov-muted', t('noChecks')));
          } else {
            var checks = table(t('unitChecks'), [t('point'), t('perspective'), t('doneOf'), t('latest')]);
            checks.table.id = 'overview-unit-checks';
            view.selfChecks.forEach(function (p) {
              var row = el('tr');
              var latest = el('td', p.latest ? 'ov-verdict ov-verdict--' + p.latest : 'ov-muted', p.latestName ? p.latestName + ' (' + p.latestPeriod + ')' : t('noResult'));
              append(row, el('td', null, p.what), el('td', null, p.perspective), el('td', 'ov-num', p.done + ' / ' + p.planned), latest);
              checks.body.appendChild(row);
            });
            box.appendChild(scroller(t('unitChecks'), checks.table));
          }
        }

        if (view.risks) {
          box.appendChild(heading(3, t('unitRisks')));
          var levels = el('dl', 'ov-figures');
          levels.id = 'overview-unit-risks';
          view.risks.forEach(function (r) {
            var item = el('div', 'ov-figure ov-risk--' + r.level);
            append(item, el('dt', null, r.levelName), el('dd', null, r.count));
            levels.appendChild(item);
          });
          box.appendChild(levels);
        }

        if (view.deviations) {
          box.appendChild(heading(3, t('unitReports')));
          box.appendChild(reportsChart(view.deviations, 'overview-unit-reports', view.year));
        }

        body.appendChild(box);
      }

      load();
    }
  });
})();
