#!/usr/bin/env node
// Validates Adaptive Cards with the official Adaptive Cards library, plus the rules Teams needs that it does not check.
//
//   node eng/validate-cards.mjs < cards.json
//
// stdin: a JSON array of { "name": "...", "card": { ...an Adaptive Card... } }.
// stdout: one JSON object { "results": [ { "name", "bytes", "errors": [...], "warnings": [...] } ] }.
// Exit code: 0 no card has errors, 1 some card has errors, 2 could not validate (bad usage, adaptivecards not installed).
//
// The official library is adaptivecards 3.0.6 (tools/node/node_modules, installed by eng/install-tools.sh), its UMD
// bundle dist/adaptivecards.min.js. Each card is parsed for schema 1.5 (what Teams desktop and web render):
//   card.parse(json, new SerializationContext(new Version(1, 5))), then card.validateProperties().
//
// Errors and warnings. The library's events (parse events from the SerializationContext, validation events from
// validateProperties) carry no severity in 3.0.6, only an event type; the library keeps all their messages under
// Strings.errors except one, under Strings.hints. So:
//   - ValidationEvent.Hint and ValidationEvent.Deprecated are warnings;
//   - every other event is an error. That includes UnknownElementType / UnknownActionType, although the library
//     words them softly ("Fallback will be used if present"): Teams renders up to 1.5, so a type the 1.5 parser does
//     not know is a typo or a newer element Teams drops (or it shows the "cannot display" fallback text instead of
//     the card). Our builders never rely on element fallback. Likewise UnsupportedProperty (a property newer than
//     1.5, silently ignored by Teams) and RequiredInputsShouldHaveLabel/ErrorMessage (accessibility, and Teams then
//     shows no hint to the user).
// Rules the library does not check, all errors:
//   - the card's "type" is "AdaptiveCard" and "version" is set, "1.0" to "1.5" (Teams renders up to 1.5 and falls
//     back to the fallback text for higher versions; the library accepts anything up to 1.6 or ignores a missing one);
//   - every Action.Execute, wherever it is (card actions, ActionSets, selectAction, Action.ShowCard cards, refresh),
//     has a non-empty "verb" (the bot routes by verb; without one the button does nothing useful);
//   - every Input.* has an "id" and a "label" (labels are what screen readers and Teams mobile show);
//   - schema-required texts are present: TextBlock "text", each Fact's "title" and "value" (the library accepts a
//     TextBlock without text and renders nothing);
//   - the UTF-8 size of the card's JSON (compact, as JSON.stringify writes it) is under 80 KB (81920 bytes); Teams
//     rejects messages over about 100 KB and the activity around the card needs room too.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nodeToolsDir = path.join(repoRoot, "tools", "node");
const bundlePath = path.join(nodeToolsDir, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
const MAX_BYTES = 80 * 1024;
const MAX_VERSION = { major: 1, minor: 5 };

function finish(result, code) {
  // Exit once the output is out: to a pipe the write may not finish at once, and exiting right away cut the results
  // off at 64 KiB once the catalogue grew past that.
  process.stdout.write(JSON.stringify(result, null, 2) + "\n", () => process.exit(code));
}

/**
 * The results, which run to megabytes: process.exit() right after a large write to a pipe cuts the output off (the
 * write finishes asynchronously, and a busy reader leaves it unfinished), so the process exits once it is flushed (and only then, should a loaded jsdom keep it alive).
 */
function finishResults(result, code) {
  process.exitCode = code;
  process.stdout.write(JSON.stringify(result, null, 2) + "\n", () => process.exit(code));
}

function usageError(message) {
  // Stops here (a few bytes, written at once): nothing after a usage error may run.
  process.stderr.write(`validate-cards: ${message}\n`);
  process.stdout.write(JSON.stringify({ results: [], error: message }, null, 2) + "\n");
  process.exit(2);
}

if (process.argv.length > 2) {
  usageError('usage: node eng/validate-cards.mjs < cards.json   (stdin: [ { "name": "...", "card": { ... } } ])');
}

/** Loads the UMD bundle; if it ever needs a browser (window, document), gives it one from jsdom and retries. */
function loadAdaptiveCards() {
  if (!fs.existsSync(bundlePath)) {
    usageError(`the Adaptive Cards library is not installed: ${path.relative(repoRoot, bundlePath)} not found (run eng/install-tools.sh)`);
  }
  const require = createRequire(path.join(nodeToolsDir, "package.json"));
  try {
    return require(bundlePath);
  } catch (first) {
    try {
      const { JSDOM } = require("jsdom");
      const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
      for (const key of ["window", "document", "navigator", "HTMLElement", "Node"]) {
        if (!(key in globalThis)) globalThis[key] = key === "window" ? dom.window : dom.window[key];
      }
      delete require.cache[bundlePath];
      return require(bundlePath);
    } catch (second) {
      usageError(`cannot load ${path.relative(repoRoot, bundlePath)} (run eng/install-tools.sh): ${first.message}; with jsdom: ${second.message}`);
    }
  }
  return undefined;
}

function readInput() {
  let text;
  try {
    text = fs.readFileSync(0, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    usageError(`cannot read stdin: ${e.message}`);
  }
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    usageError(`stdin is not JSON: ${e.message}`);
  }
  if (!Array.isArray(input) || input.length === 0) {
    usageError('stdin must be a non-empty JSON array of { "name": "...", "card": { ... } }');
  }
  const names = new Set();
  for (const [i, entry] of input.entries()) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) usageError(`entry ${i} is not an object`);
    if (typeof entry.name !== "string" || entry.name.length === 0) usageError(`entry ${i} has no "name"`);
    if (!("card" in entry)) usageError(`entry ${i} ("${entry.name}") has no "card"`);
    if (names.has(entry.name)) usageError(`two entries are named "${entry.name}"`);
    names.add(entry.name);
  }
  return input;
}

const AC = loadAdaptiveCards();
const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

/** "TextBlock id=title" for an event's source object, when the library gives one. */
function describeSource(source) {
  if (!source || typeof source.getJsonTypeName !== "function") return "";
  const id = typeof source.id === "string" && source.id ? ` id=${source.id}` : "";
  return ` [${source.getJsonTypeName()}${id}]`;
}

function classify(event, phase, errors, warnings) {
  const text = `${phase} ${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}${describeSource(event.source)}`;
  (WARNING_EVENTS.has(event.event) ? warnings : errors).push(text);
}

function isBlank(value) {
  return typeof value !== "string" || value.trim().length === 0;
}

/** Walks the card JSON and checks what the library does not. Skips free-form payloads (data, msteams). */
function walk(node, where, errors) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${where}[${i}]`, errors));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const type = typeof node.type === "string" ? node.type : undefined;
  if (type === "Action.Execute" && isBlank(node.verb)) {
    errors.push(`${where}: Action.Execute${node.title ? ` "${node.title}"` : ""} has no "verb"`);
  }
  if (type?.startsWith("Input.")) {
    if (isBlank(node.id)) errors.push(`${where}: ${type} has no "id"`);
    if (isBlank(node.label)) errors.push(`${where}: ${type}${node.id ? ` "${node.id}"` : ""} has no "label"`);
  }
  if (type === "TextBlock" && isBlank(node.text)) {
    errors.push(`${where}: TextBlock has no "text"`);
  }
  if (type === "FactSet" && Array.isArray(node.facts)) {
    node.facts.forEach((fact, i) => {
      if (isBlank(fact?.title)) errors.push(`${where}.facts[${i}]: Fact has no "title"`);
      if (isBlank(fact?.value)) errors.push(`${where}.facts[${i}]: Fact has no "value"`);
    });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "data" || key === "msteams") continue;
    walk(value, `${where}.${key}`, errors);
  }
}

function checkVersion(card, errors) {
  if (card.type !== "AdaptiveCard") errors.push(`card: "type" must be "AdaptiveCard" (found ${JSON.stringify(card.type)})`);
  if (isBlank(card.version)) {
    errors.push(`card: "version" is not set; set it to "1.5" or lower (Teams renders up to 1.5)`);
    return;
  }
  const m = /^(\d+)\.(\d+)$/.exec(card.version.trim());
  const ok = m && Number(m[1]) === MAX_VERSION.major && Number(m[2]) <= MAX_VERSION.minor;
  if (!ok) errors.push(`card: "version" is "${card.version}"; Teams renders 1.0 to ${MAX_VERSION.major}.${MAX_VERSION.minor}`);
}

function resetStatefulRegexes() {
  for (const property of [AC.CardElement?.langProperty, AC.AdaptiveCard?.langProperty]) {
    if (property?.regEx instanceof RegExp) property.regEx.lastIndex = 0;
  }
}

function validate(name, json) {
  const errors = [];
  const warnings = [];
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return { name, bytes: 0, errors: ["card: not a JSON object"], warnings };
  }
  const bytes = Buffer.byteLength(JSON.stringify(json), "utf8");
  if (bytes >= MAX_BYTES) errors.push(`card: ${bytes} bytes of JSON; keep a card under ${MAX_BYTES} bytes (80 KB)`);

  try {
    // adaptivecards 3.0.6 checks "lang" with a shared /g regex, whose lastIndex survives from the card before:
    // without this reset every second card with a valid lang ("sv") is reported invalid.
    resetStatefulRegexes();
    const card = new AC.AdaptiveCard();
    const ctx = new AC.SerializationContext(new AC.Version(1, 5));
    card.parse(json, ctx);
    for (let i = 0; i < ctx.eventCount; i++) classify(ctx.getEventAt(i), "parse", errors, warnings);
    const results = card.validateProperties();
    for (const event of results.allIssues ?? results.validationEvents ?? []) classify(event, "validation", errors, warnings);
  } catch (e) {
    errors.push(`adaptivecards: the library threw while parsing or validating: ${e.message}`);
  }

  checkVersion(json, errors);
  walk(json, "card", errors);
  return { name, bytes, errors, warnings };
}

const results = readInput().map((entry) => validate(entry.name, entry.card));
finishResults({ results }, results.some((r) => r.errors.length > 0) ? 1 : 0);
