// The setup section of the personal tab (issue 9 item 4): a kvalitetsadministratör names the organisation, adds units,
// links each to a channel of the teams Teams told the app of, chooses each unit's manager (Graph's proposal shown),
// takes its staff from the channel's team, names the roles above the units, moves and removes people, chooses the
// wheel template and reads the history. Every change goes to /api/tab/setup… and the section is drawn again from the
// setup the API answers; a refusal is shown under the field (or next to the row) it is about and nothing typed is lost.
// Anyone else sees no setup: the API refuses them and the page says what the who-section already says.
(function () {
  'use strict';

  var texts = {
    sv: {
      title: 'Ställ in organisationen',
      notAdministrator: 'Du kan se din organisation men inte ändra den.',
      orgName: 'Organisationens namn',
      orgCreate: 'Skapa organisationen',
      orgRename: 'Spara namnet',
      orgMissing: 'Organisationen finns inte än. Ge den ett namn för att börja.',
      unitsTitle: 'Enheter',
      unitName: 'Ny enhets namn',
      unitAdd: 'Lägg till enheten',
      noUnits: 'Inga enheter än.',
      colUnit: 'Enhet',
      colChannel: 'Kanal',
      colManager: 'Enhetschef',
      colStaff: 'Personal',
      colProblems: 'Att rätta',
      noChannel: '– ingen kanal –',
      noManager: '– välj enhetschef –',
      linkedTo: '{channel} (kopplad till {unit})',
      channelOf: 'Kanal för {unit}',
      managerOf: 'Enhetschef för {unit}',
      propose: 'Förslag från Entra',
      proposal: 'Förslag: {name} ({count} av {asked} rapporterar till hen).',
      noProposal: 'Entra föreslår ingen.',
      importStaff: 'Ta med personal',
      importTitle: 'Ta med personal i {unit} från kanalens team',
      importNoChannel: 'Koppla enheten till en kanal först.',
      importNone: 'Alla i teamet är redan med.',
      importSave: 'Ta med de valda',
      elsewhere: '{name} (i {unit})',
      added: 'Med nu: {names}.',
      peopleTitle: 'Personer',
      noPeople: 'Inga personer än.',
      colName: 'Namn',
      colRole: 'Roll',
      colActions: 'Ändra',
      noUnit: '– ingen enhet –',
      moveTo: 'Flytta {name} till',
      move: 'Flytta',
      remove: 'Ta bort',
      confirmRemove: 'Ta bort {name} ur organisationen?',
      rolesTitle: 'Roller ovanför enheterna',
      rolesIntro: 'Biträdande socialchef, socialchef och verksamhetsutvecklare följer alla enheter.',
      rolePerson: 'Person',
      roleRole: 'Roll',
      choosePerson: '– välj person –',
      chooseRole: '– välj roll –',
      roleSave: 'Ge rollen',
      groupTitle: 'Chefsgruppen',
      groupIntro: 'Chefsgruppen – enhetscheferna med biträdande socialchef – håller sina hållplatser en gång, i den här kanalen. Utan kanal hålls de med biträdande socialchef.',
      groupChannel: 'Chefsgruppens kanal',
      groupLeaders: 'Leds av: {names}',
      wheelTitle: 'Årshjul',
      wheelLabel: 'Mall för {year}',
      wheelSave: 'Välj mallen',
      historyTitle: 'Historik',
      colWhen: 'När',
      colWho: 'Vem',
      colWhat: 'Vad',
      noHistory: 'Inga ändringar än.',
      more: 'Visa fler',
      personRequired: 'Välj en person.'
    },
    en: {
      title: 'Set up the organisation',
      notAdministrator: 'You can see your organisation but not change it.',
      orgName: "The organisation's name",
      orgCreate: 'Create the organisation',
      orgRename: 'Save the name',
      orgMissing: 'The organisation does not exist yet. Name it to begin.',
      unitsTitle: 'Units',
      unitName: "New unit's name",
      unitAdd: 'Add the unit',
      noUnits: 'No units yet.',
      colUnit: 'Unit',
      colChannel: 'Channel',
      colManager: 'Manager (enhetschef)',
      colStaff: 'Staff',
      colProblems: 'To put right',
      noChannel: '– no channel –',
      noManager: '– choose the manager –',
      linkedTo: '{channel} (linked to {unit})',
      channelOf: 'Channel of {unit}',
      managerOf: 'Manager of {unit}',
      propose: 'Proposal from Entra',
      proposal: 'Proposal: {name} ({count} of {asked} report to them).',
      noProposal: 'Entra proposes nobody.',
      importStaff: 'Add staff',
      importTitle: "Add staff to {unit} from the channel's team",
      importNoChannel: 'Link the unit to a channel first.',
      importNone: 'Everyone in the team is already in.',
      importSave: 'Add the chosen',
      elsewhere: '{name} (in {unit})',
      added: 'Now in: {names}.',
      peopleTitle: 'People',
      noPeople: 'No people yet.',
      colName: 'Name',
      colRole: 'Role',
      colActions: 'Change',
      noUnit: '– no unit –',
      moveTo: 'Move {name} to',
      move: 'Move',
      remove: 'Remove',
      confirmRemove: 'Remove {name} from the organisation?',
      rolesTitle: 'Roles above the units',
      rolesIntro: 'Biträdande socialchef, socialchef and verksamhetsutvecklare follow every unit.',
      rolePerson: 'Person',
      roleRole: 'Role',
      choosePerson: '– choose a person –',
      chooseRole: '– choose a role –',
      roleSave: 'Give the role',
      groupTitle: 'Manager group (chefsgruppen)',
      groupIntro: 'The manager group – the unit managers with the deputy director (biträdande socialchef) – holds its hållplatser once, in this channel. Without one they are held with the deputy director.',
      groupChannel: "The manager group's channel",
      groupLeaders: 'Led by: {names}',
      wheelTitle: 'Wheel (årshjul)',
      wheelLabel: 'Template for {year}',
      wheelSave: 'Choose the template',
      historyTitle: 'History',
      colWhen: 'When',
      colWho: 'Who',
      colWhat: 'What',
      noHistory: 'No changes yet.',
      more: 'Show more',
      personRequired: 'Choose a person.'
    }
  };

  var ids = 0;

  // A DOM element: el('td', { className: 'x', 'data-unit': 'y' }, [child, 'text']) (tab.js's, shared by the sections).
  var el = TeamsQualityTab.el;

  function nextId(prefix) { ids += 1; return prefix + '-' + ids; }

  // An input or select with its label, and a place for its refusal under it (aria-describedby).
  function field(label, control, errorId) {
    control.id = control.id || nextId('setup-field');
    control.setAttribute('aria-describedby', errorId);
    return el('div', { className: 'setup__field' }, [
      el('label', { for: control.id, textContent: label }),
      control,
      el('p', { id: errorId, className: 'setup__error', role: 'alert', 'data-error-for': control.id })
    ]);
  }

  function option(value, label, selected, disabled) {
    return el('option', { value: value, textContent: label, selected: !!selected, disabled: !!disabled });
  }

  function table(caption, headers, rows) {
    return el('div', { className: 'setup__scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [
      el('table', { className: 'setup__table' }, [
        el('caption', { className: 'setup__caption', textContent: caption }),
        el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', { scope: 'col', textContent: h }); }))]),
        el('tbody', {}, rows)
      ])
    ]);
  }

  TeamsQualityTab.addSection({
    id: 'setup',
    texts: texts,
    render: function (element, tab) {
      var t = tab.t;
      var setup = null;

      if (!tab.me.administrator) {
        element.appendChild(el('h2', { textContent: t('title') }));
        element.appendChild(el('p', { id: 'setup-readonly', textContent: t('notAdministrator') }));
        return;
      }

      element.setAttribute('aria-labelledby', 'setup-title');
      element.appendChild(el('p', { className: 'setup__loading', textContent: '…' }));
      tab.api('/setup').then(draw, function (err) {
        element.textContent = '';
        element.appendChild(el('h2', { id: 'setup-title', textContent: t('title') }));
        element.appendChild(el('p', { className: 'setup__error', role: 'alert', textContent: err.message }));
      });

      // Shows each refusal under its field (by the refusal's field name), else in the fallback place.
      function refused(err, places, fallback) {
        Object.keys(places).forEach(function (key) { if (places[key]) { places[key].textContent = ''; } });
        if (fallback) { fallback.textContent = ''; }
        var refusals = (err.body && err.body.refusals) || [];
        if (refusals.length === 0) {
          (fallback || places[Object.keys(places)[0]]).textContent = err.message;
          return;
        }
        refusals.forEach(function (r) {
          var place = places[r.field] || fallback || places[Object.keys(places)[0]];
          place.textContent = place.textContent ? place.textContent + ' ' + r.message : r.message;
        });
      }

      // Sends a change; on success the section is drawn again from the setup answered, on refusal nothing is redrawn.
      function change(path, method, body, places, fallback, button) {
        if (button) { button.disabled = true; }
        return tab.api(path, { method: method, body: body }).then(function (answer) {
          draw(answer && answer.setup ? answer.setup : answer);
          return answer;
        }, function (err) {
          if (button) { button.disabled = false; }
          refused(err, places, fallback);
          throw err;
        });
      }

      function unitName(unitId) {
        var unit = setup.organisation && setup.organisation.units.filter(function (u) { return u.id === unitId; })[0];
        return unit ? unit.name : unitId;
      }

      function teamOf(unit) {
        return unit.channel ? setup.teams.filter(function (team) { return team.teamId === unit.channel.teamId; })[0] : null;
      }

      function draw(view) {
        setup = view;
        element.textContent = '';
        element.appendChild(el('h2', { id: 'setup-title', textContent: t('title') }));
        element.appendChild(drawName());
        if (setup.organisation) {
          element.appendChild(drawUnits());
          element.appendChild(drawManagerGroup());
          element.appendChild(drawPeople());
          element.appendChild(drawRoles());
          if (setup.wheel) { element.appendChild(drawWheel()); }
        }
        element.appendChild(drawHistory());
      }

      function drawName() {
        var org = setup.organisation;
        var input = el('input', { id: 'setup-org-name', type: 'text', maxlength: '200', autocomplete: 'organization', value: org ? org.name : '' });
        var error = 'setup-org-name-error';
        var button = el('button', { id: 'setup-org-save', type: 'submit', textContent: org ? t('orgRename') : t('orgCreate') });
        return el('form', {
          id: 'setup-org', className: 'setup__form',
          onsubmit: function (event) {
            event.preventDefault();
            change('/setup/name', 'PUT', { name: input.value }, { organisationName: document.getElementById(error) }, null, button).catch(function () {});
          }
        }, [org ? null : el('p', { textContent: t('orgMissing') }), field(t('orgName'), input, error), button]);
      }

      function drawUnits() {
        var name = el('input', { id: 'setup-unit-name', type: 'text', maxlength: '200' });
        var addButton = el('button', { id: 'setup-unit-add', type: 'submit', textContent: t('unitAdd') });
        var add = el('form', {
          id: 'setup-unit-form', className: 'setup__form',
          onsubmit: function (event) {
            event.preventDefault();
            change('/setup/units', 'POST', { name: name.value }, { unitName: document.getElementById('setup-unit-name-error'), organisationName: document.getElementById('setup-unit-name-error') }, null, addButton).catch(function () {});
          }
        }, [field(t('unitName'), name, 'setup-unit-name-error'), addButton]);

        var units = setup.organisation.units;
        var rows = [];
        units.forEach(function (unit) {
          var rowError = el('p', { className: 'setup__error setup__row-error', role: 'alert' });
          var channels = el('select', { className: 'setup-unit-channel', 'aria-label': t('channelOf', { unit: unit.name }) }, [option('', t('noChannel'), !unit.channel)]);
          setup.teams.forEach(function (team) {
            var group = el('optgroup', { label: team.name });
            team.channels.forEach(function (channel) {
              var taken = channel.unitId && channel.unitId !== unit.id;
              group.appendChild(option(channel.id, taken ? t('linkedTo', { channel: channel.name, unit: channel.unitName }) : channel.name, unit.channel && unit.channel.channelId === channel.id));
            });
            channels.appendChild(group);
          });
          channels.addEventListener('change', function () {
            var path = '/setup/units/' + encodeURIComponent(unit.id) + '/channel';
            (channels.value ? change(path, 'PUT', { channelId: channels.value }, {}, rowError) : change(path, 'DELETE', undefined, {}, rowError)).catch(function () {});
          });

          var team = teamOf(unit);
          var managers = el('select', { className: 'setup-unit-manager', 'aria-label': t('managerOf', { unit: unit.name }) }, [option('', t('noManager'), !unit.manager)]);
          var members = team ? team.members.slice() : [];
          if (unit.manager && !members.some(function (m) { return m.id === unit.manager.id; })) { members.unshift({ id: unit.manager.id, name: unit.manager.name }); }
          members.forEach(function (m) { managers.appendChild(option(m.id, m.name, unit.manager && unit.manager.id === m.id)); });
          managers.addEventListener('change', function () {
            if (!managers.value) { return; }
            change('/setup/units/' + encodeURIComponent(unit.id) + '/manager', 'PUT', { personId: managers.value }, {}, rowError).catch(function () {});
          });
          var proposal = el('p', { className: 'setup__hint', 'aria-live': 'polite' });
          var proposeButton = el('button', {
            type: 'button', className: 'setup__small', textContent: t('propose'), disabled: !team,
            onclick: function () {
              proposal.textContent = '…';
              tab.api('/setup/units/' + encodeURIComponent(unit.id) + '/proposed-manager').then(function (answer) {
                proposal.textContent = answer.problem ? answer.problem.message
                  : answer.manager ? t('proposal', { name: answer.manager.name, count: answer.reportingToThem, asked: answer.asked }) : t('noProposal');
                if (answer.manager && !managers.value && members.some(function (m) { return m.id === answer.manager.id; })) { managers.value = answer.manager.id; }
              }, function (err) { proposal.textContent = err.message; });
            }
          });

          var importPlace = el('div', { className: 'setup__import', hidden: true });
          var importButton = el('button', {
            type: 'button', className: 'setup__small setup-unit-import', textContent: t('importStaff'), 'aria-expanded': 'false',
            onclick: function () {
              var open = importPlace.hidden;
              importPlace.hidden = !open;
              importButton.setAttribute('aria-expanded', open ? 'true' : 'false');
              if (open) { drawImport(unit, team, importPlace); }
            }
          });

          rows.push(el('tr', { 'data-unit': unit.id }, [
            el('th', { scope: 'row', textContent: unit.name }),
            el('td', {}, [channels]),
            el('td', {}, [managers, proposeButton, proposal]),
            el('td', { className: 'setup-unit-staff' }, [String(unit.staff), ' ', importButton]),
            el('td', { className: 'setup-unit-problems' }, [
              unit.problems.length ? el('ul', {}, unit.problems.map(function (p) { return el('li', { textContent: p }); })) : null,
              rowError
            ])
          ]));
          rows.push(el('tr', { className: 'setup__import-row', 'data-import-for': unit.id }, [el('td', { colspan: '5' }, [importPlace])]));
        });

        return el('section', { id: 'setup-units', 'aria-labelledby': 'setup-units-title' }, [
          el('h3', { id: 'setup-units-title', textContent: t('unitsTitle') }),
          add,
          units.length ? table(t('unitsTitle'), [t('colUnit'), t('colChannel'), t('colManager'), t('colStaff'), t('colProblems')], rows) : el('p', { textContent: t('noUnits') })
        ]);
      }

      // Where the manager group holds its stops: a channel of the teams, not a unit's (those are marked as taken).
      function drawManagerGroup() {
        var group = setup.organisation.managerGroup;
        var channels = el('select', { id: 'setup-group-channel' }, [option('', t('noChannel'), !group.channel)]);
        setup.teams.forEach(function (team) {
          var optgroup = el('optgroup', { label: team.name });
          team.channels.forEach(function (channel) {
            var mine = group.channel && group.channel.channelId === channel.id;
            var taken = channel.unitId && !mine;
            optgroup.appendChild(option(channel.id, taken ? t('linkedTo', { channel: channel.name, unit: channel.unitName }) : channel.name, mine));
          });
          channels.appendChild(optgroup);
        });
        channels.addEventListener('change', function () {
          var path = '/setup/manager-group/channel';
          var error = document.getElementById('setup-group-channel-error');
          (channels.value ? change(path, 'PUT', { channelId: channels.value }, { channel: error }, error) : change(path, 'DELETE', undefined, {}, error)).catch(function () {});
        });
        return el('section', { id: 'setup-group', 'aria-labelledby': 'setup-group-title' }, [
          el('h3', { id: 'setup-group-title', textContent: t('groupTitle') }),
          el('p', { textContent: t('groupIntro') }),
          group.leaders.length ? el('p', { textContent: t('groupLeaders', { names: group.leaders.join(', ') }) }) : null,
          field(t('groupChannel'), channels, 'setup-group-channel-error')
        ]);
      }

      function drawImport(unit, team, place) {
        place.textContent = '';
        var error = el('p', { className: 'setup__error', role: 'alert' });
        if (!team) {
          place.appendChild(el('p', { textContent: t('importNoChannel') }));
          return;
        }
        var boxes = [];
        var list = el('ul', { className: 'setup__checklist' });
        team.members.forEach(function (m) {
          var here = m.unitId === unit.id;
          var elsewhere = !here && (m.unitId || m.role);
          if (here) { return; }
          var box = el('input', { type: 'checkbox', value: m.id, id: nextId('setup-import'), disabled: !!elsewhere, checked: !elsewhere });
          if (!elsewhere) { boxes.push(box); }
          list.appendChild(el('li', {}, [box, el('label', { for: box.id, textContent: elsewhere ? t('elsewhere', { name: m.name, unit: m.unitName || unitName(m.unitId) }) : m.name })]));
        });
        var button = el('button', {
          type: 'submit', textContent: t('importSave'), disabled: boxes.length === 0
        });
        var form = el('form', {
          className: 'setup__form setup-import-form',
          'aria-label': t('importTitle', { unit: unit.name }),
          onsubmit: function (event) {
            event.preventDefault();
            var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
            change('/setup/units/' + encodeURIComponent(unit.id) + '/staff', 'POST', { personIds: chosen }, { staff: error, channel: error }, error, button).then(function (answer) {
              var status = document.getElementById('setup-status');
              var lines = [];
              if (answer.added.length) { lines.push(t('added', { names: answer.added.map(function (p) { return p.name; }).join(', ') })); }
              answer.refused.forEach(function (r) { lines.push(r.message); });
              status.textContent = lines.join(' ');
            }).catch(function () {});
          }
        }, [
          el('h4', { textContent: t('importTitle', { unit: unit.name }) }),
          boxes.length ? null : el('p', { textContent: t('importNone') }),
          list, error, button
        ]);
        place.appendChild(form);
      }

      function drawPeople() {
        var people = setup.organisation.people;
        var rows = people.map(function (person) {
          var rowError = el('p', { className: 'setup__error setup__row-error', role: 'alert' });
          var inUnit = person.role === 'Medarbetare' || person.role === 'Enhetschef';
          var actions = [];
          if (inUnit) {
            var to = el('select', { 'aria-label': t('moveTo', { name: person.name }) }, [option('', t('noUnit'), !person.unitId)]);
            setup.organisation.units.forEach(function (u) { to.appendChild(option(u.id, u.name, u.id === person.unitId)); });
            actions.push(to);
            actions.push(el('button', {
              type: 'button', className: 'setup__small', textContent: t('move'),
              onclick: function () {
                change('/setup/people/' + encodeURIComponent(person.id) + '/unit', 'PUT', { unitId: to.value || null }, {}, rowError).catch(function () {});
              }
            }));
          }
          actions.push(el('button', {
            type: 'button', className: 'setup__small setup__danger', textContent: t('remove'),
            onclick: function () {
              if (window.confirm && !window.confirm(t('confirmRemove', { name: person.name }))) { return; }
              change('/setup/people/' + encodeURIComponent(person.id), 'DELETE', undefined, {}, rowError).catch(function () {});
            }
          }));
          actions.push(rowError);
          return el('tr', { 'data-person': person.id }, [
            el('th', { scope: 'row', textContent: person.name }),
            el('td', { textContent: person.roleLabel }),
            el('td', { textContent: person.unitName || '' }),
            el('td', { className: 'setup__actions' }, actions)
          ]);
        });
        return el('section', { id: 'setup-people', 'aria-labelledby': 'setup-people-title' }, [
          el('h3', { id: 'setup-people-title', textContent: t('peopleTitle') }),
          people.length ? table(t('peopleTitle'), [t('colName'), t('colRole'), t('colUnit'), t('colActions')], rows) : el('p', { textContent: t('noPeople') })
        ]);
      }

      function drawRoles() {
        var person = el('select', { id: 'setup-role-person' }, [option('', t('choosePerson'), true)]);
        var seen = {};
        var everyone = [];
        setup.organisation.people.forEach(function (p) { seen[p.id] = true; everyone.push(p); });
        setup.teams.forEach(function (team) { team.members.forEach(function (m) { if (!seen[m.id]) { seen[m.id] = true; everyone.push(m); } }); });
        everyone.sort(function (a, b) { return a.name.localeCompare(b.name, 'sv'); });
        everyone.forEach(function (p) { person.appendChild(option(p.id, p.name)); });
        var role = el('select', { id: 'setup-role-role' }, [option('', t('chooseRole'), true)]);
        setup.rolesAboveUnits.forEach(function (r) { role.appendChild(option(r.value, r.label)); });
        var button = el('button', { type: 'submit', id: 'setup-role-save', textContent: t('roleSave') });
        return el('section', { id: 'setup-roles', 'aria-labelledby': 'setup-roles-title' }, [
          el('h3', { id: 'setup-roles-title', textContent: t('rolesTitle') }),
          el('p', { textContent: t('rolesIntro') }),
          el('form', {
            className: 'setup__form setup__inline',
            onsubmit: function (event) {
              event.preventDefault();
              if (!person.value) {
                document.getElementById('setup-role-person-error').textContent = t('personRequired');
                return;
              }
              change('/setup/people/' + encodeURIComponent(person.value) + '/role', 'PUT', { role: role.value || null },
                { person: document.getElementById('setup-role-person-error'), role: document.getElementById('setup-role-role-error') }, null, button).catch(function () {});
            }
          }, [field(t('rolePerson'), person, 'setup-role-person-error'), field(t('roleRole'), role, 'setup-role-role-error'), button])
        ]);
      }

      function drawWheel() {
        var select = el('select', { id: 'setup-wheel-template' });
        setup.wheel.templates.forEach(function (w) { select.appendChild(option(w.id, w.name, w.id === setup.wheel.templateId)); });
        var button = el('button', { type: 'submit', textContent: t('wheelSave') });
        return el('section', { id: 'setup-wheel', 'aria-labelledby': 'setup-wheel-title' }, [
          el('h3', { id: 'setup-wheel-title', textContent: t('wheelTitle') }),
          el('form', {
            className: 'setup__form setup__inline',
            onsubmit: function (event) {
              event.preventDefault();
              change('/setup/wheel-template', 'PUT', { templateId: select.value }, { process: document.getElementById('setup-wheel-template-error') }, null, button).catch(function () {});
            }
          }, [field(t('wheelLabel', { year: setup.wheel.nextYear }), select, 'setup-wheel-template-error'), button])
        ]);
      }

      function historyRows(entries) {
        return entries.map(function (e) {
          return el('tr', {}, [
            el('td', {}, [el('time', { datetime: e.at, textContent: e.when })]),
            el('td', { textContent: e.by }),
            el('td', { textContent: e.text })
          ]);
        });
      }

      function drawHistory() {
        var entries = setup.history.entries;
        var section = el('section', { id: 'setup-history', 'aria-labelledby': 'setup-history-title' }, [
          el('h3', { id: 'setup-history-title', textContent: t('historyTitle') }),
          el('p', { id: 'setup-status', className: 'setup__status', role: 'status', 'aria-live': 'polite' })
        ]);
        if (!entries.length) {
          section.appendChild(el('p', { textContent: t('noHistory') }));
          return section;
        }
        var wrapper = table(t('historyTitle'), [t('colWhen'), t('colWho'), t('colWhat')], historyRows(entries));
        section.appendChild(wrapper);
        var next = setup.history.next;
        if (next) {
          var more = el('button', {
            type: 'button', className: 'setup__small', textContent: t('more'),
            onclick: function () {
              tab.api('/setup/history?after=' + encodeURIComponent(next)).then(function (page) {
                var body = wrapper.querySelector('tbody');
                historyRows(page.entries).forEach(function (row) { body.appendChild(row); });
                next = page.next;
                more.hidden = !next;
              }, function (err) { document.getElementById('setup-status').textContent = err.message; });
            }
          });
          section.appendChild(more);
        }
        return section;
      }
    }
  });
})();
