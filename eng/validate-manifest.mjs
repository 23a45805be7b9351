#!/usr/bin/env node
// Validates a Teams app manifest offline.
//
//   node eng/validate-manifest.mjs <manifest.json> [--strict]
//
// Prints one JSON object on stdout: { "valid": bool, "errors": [...], "warnings": [...], "manifestVersion": "1.22" }
// Exit code: 0 valid, 1 invalid, 2 could not validate (bad usage, @microsoft/app-manifest not installed).
//
// What is checked:
//  - the manifest against the JSON schema named by its "$schema", loaded from the schemas bundled in
//    @microsoft/app-manifest (tools/node/node_modules, installed by eng/install-tools.sh); never fetched,
//  - manifestVersion matches the schema's version,
//  - localization files (localizationInfo) against the bundled localization schema, and that each of their
//    keys points at a string that exists in the manifest,
//  - icons: PNG, color 192x192, outline 32x32 with only white and transparent pixels,
//  - validDomains hold bare host names (no scheme, no path).
// Placeholders like ${{BOT_APP_ID}} that remain in a template are replaced by dummy values first
// (names ending in _ID by a GUID, names containing DOMAIN by a host name), so a template validates as such.
// Files referenced by the manifest (icons, localization) that do not exist are warnings, or errors with --strict.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nodeToolsDir = path.join(repoRoot, "tools", "node");

const DUMMY_GUID = "00000000-0000-4000-8000-000000000001";
const DUMMY_DOMAIN = "teamsquality.example.net";
const SCHEMA_PREFIX = "https://developer.microsoft.com/json-schemas/teams/";

function finish(result, code) {
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  process.exit(code);
}

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length !== 1) {
  process.stderr.write("usage: node eng/validate-manifest.mjs <manifest.json> [--strict]\n");
  finish({ valid: false, errors: ["usage: node eng/validate-manifest.mjs <manifest.json> [--strict]"], warnings: [] }, 2);
}
const manifestPath = path.resolve(files[0]);
const manifestDir = path.dirname(manifestPath);
const errors = [];
const warnings = [];

let pkgDir;
let AppManifestUtils;
try {
  const require = createRequire(path.join(nodeToolsDir, "package.json"));
  const entry = require.resolve("@microsoft/app-manifest");
  pkgDir = path.resolve(path.dirname(entry), "..");
  ({ AppManifestUtils } = require("@microsoft/app-manifest"));
} catch (e) {
  finish({
    valid: false,
    errors: [`@microsoft/app-manifest not found under ${path.relative(repoRoot, nodeToolsDir)}/node_modules (run eng/install-tools.sh): ${e.message}`],
    warnings: [],
  }, 2);
}

/** Reads a JSON file, replacing ${{NAME}} placeholders by dummy values. Returns undefined on failure (error recorded). */
function readJson(file, label) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    errors.push(`${label}: cannot read ${file}: ${e.message}`);
    return undefined;
  }
  text = text.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
    const upper = name.toUpperCase();
    if (upper.endsWith("_ID")) return DUMMY_GUID;
    if (upper.includes("DOMAIN")) return DUMMY_DOMAIN;
    warnings.push(`${label}: placeholder \${{${name}}} replaced by "placeholder" for validation`);
    return "placeholder";
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push(`${label}: invalid JSON: ${e.message}`);
    return undefined;
  }
}

/** Maps a developer.microsoft.com Teams schema URL to the copy bundled in the package (offline only). */
function bundledSchema(schemaUrl, label) {
  if (typeof schemaUrl !== "string" || schemaUrl.length === 0) {
    errors.push(`${label}: "$schema" is missing; it must name a Teams schema, e.g. ${SCHEMA_PREFIX}v1.22/MicrosoftTeams.schema.json`);
    return undefined;
  }
  // developer.microsoft.com also serves the schemas under a locale prefix (/en-us/json-schemas/...).
  const url = schemaUrl.replace(/^https:\/\/developer\.microsoft\.com\/[a-z]{2}(?:-[a-z]{2})?\/json-schemas\//i, "https://developer.microsoft.com/json-schemas/");
  if (!url.startsWith(SCHEMA_PREFIX)) {
    errors.push(`${label}: "$schema" ${schemaUrl} is not a Teams schema under ${SCHEMA_PREFIX}`);
    return undefined;
  }
  const rel = url.substring(SCHEMA_PREFIX.length);
  const file = path.join(pkgDir, "build", "json-schemas", "teams", ...rel.split("/"));
  if (!fs.existsSync(file)) {
    errors.push(`${label}: schema ${schemaUrl} is not bundled with @microsoft/app-manifest (offline validation only)`);
    return undefined;
  }
  const raw = fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  const version = /^v([^/]+)\//.exec(rel)?.[1];
  const schema = JSON.parse(raw);
  fixPatternProperties(schema);
  return { schema, version };
}

/**
 * Some bundled schemas (e.g. v1.22 MicrosoftTeams.Localization.schema.json, "activities.activityTypes[...\\b]")
 * hold patternProperties with a lone "]", which is fine in a plain JavaScript RegExp but rejected in the
 * unicode mode AJV compiles with. Escape such brackets so the schema compiles; the meaning is unchanged.
 */
function fixPatternProperties(node) {
  if (Array.isArray(node)) return node.forEach(fixPatternProperties);
  if (node === null || typeof node !== "object") return;
  if (node.patternProperties && typeof node.patternProperties === "object") {
    for (const key of Object.keys(node.patternProperties)) {
      if (isUnicodeRegExp(key)) continue;
      const fixed = escapeLoneBrackets(key);
      if (fixed !== key && isUnicodeRegExp(fixed) && !(fixed in node.patternProperties)) {
        node.patternProperties[fixed] = node.patternProperties[key];
        delete node.patternProperties[key];
      }
    }
  }
  for (const value of Object.values(node)) fixPatternProperties(value);
}

function isUnicodeRegExp(source) {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

function escapeLoneBrackets(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
    } else if (ch === "[" && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === "]" && inClass) {
      inClass = false;
      out += ch;
    } else if ((ch === "]" || ch === "{" || ch === "}") && !inClass && !isQuantifierBrace(source, i)) {
      out += "\\" + ch;
    } else {
      out += ch;
    }
  }
  return out;
}

function isQuantifierBrace(source, i) {
  if (source[i] === "]") return false;
  if (source[i] === "{") return /^\{\d+(,\d*)?\}/.test(source.substring(i));
  return /\{\d+(,\d*)?$/.test(source.substring(0, i));
}

async function validateAgainst(doc, schema, label) {
  try {
    const failures = await AppManifestUtils.validateAgainstSchema(doc, schema);
    for (const f of failures) errors.push(`${label}: ${f.trim()}`);
  } catch (e) {
    errors.push(`${label}: schema validation failed to run: ${e.message}`);
  }
}

/** Resolves a localization key such as "bots[0].commandLists[1].commands[2].title" in the manifest. */
function resolveKey(obj, key) {
  let cur = obj;
  for (const part of key.split(".")) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    cur = cur?.[m[1]];
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) cur = cur?.[Number(idx[1])];
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Decodes an 8-bit non-interlaced PNG enough to know its size and, for RGBA/grey+alpha, its pixels. */
function readPng(file) {
  const buf = fs.readFileSync(file);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(sig)) throw new Error("not a PNG file");
  let pos = 8;
  let ihdr;
  const idat = [];
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") ihdr = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    pos += 12 + len;
  }
  if (!ihdr) throw new Error("PNG without IHDR");
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const bitDepth = ihdr[8];
  const colorType = ihdr[9];
  const interlace = ihdr[12];
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  const png = { width, height, colorType, pixels: undefined };
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 4)) return png;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = (line[x] + pred) & 0xff;
    }
  }
  png.pixels = { data: out, channels };
  return png;
}

function missing(label, rel) {
  const msg = `${label}: file "${rel}" not found in ${manifestDir}`;
  if (strict) errors.push(msg);
  else warnings.push(msg);
}

function checkIcon(manifest, kind, size) {
  const rel = manifest?.icons?.[kind];
  if (typeof rel !== "string") return; // the schema reports it
  const file = path.resolve(manifestDir, rel);
  if (!fs.existsSync(file)) return missing(`icons.${kind}`, rel);
  let png;
  try {
    png = readPng(file);
  } catch (e) {
    errors.push(`icons.${kind}: ${rel}: ${e.message}`);
    return;
  }
  if (png.width !== size || png.height !== size) {
    errors.push(`icons.${kind}: ${rel} is ${png.width}x${png.height}, Teams requires ${size}x${size}`);
  }
  if (kind === "outline") {
    if (!png.pixels) {
      errors.push(`icons.outline: ${rel} must have an alpha channel (transparent background, white symbol)`);
      return;
    }
    const { data, channels } = png.pixels;
    let bad = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += channels) {
      const alpha = data[i + channels - 1];
      if (alpha === 0) continue;
      opaque++;
      const white = channels === 4 ? data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255 : data[i] === 255;
      if (!white) bad++;
    }
    if (bad > 0) errors.push(`icons.outline: ${rel} has ${bad} visible pixels that are not white; the outline icon must be white on transparent`);
    if (opaque === 0) errors.push(`icons.outline: ${rel} is fully transparent`);
    if (opaque === data.length / channels) errors.push(`icons.outline: ${rel} has no transparent pixels`);
  }
}

async function checkLocalization(manifest, version) {
  const info = manifest?.localizationInfo;
  if (!info) return;
  const files = [];
  if (typeof info.defaultLanguageFile === "string") files.push(["localizationInfo.defaultLanguageFile", info.defaultLanguageFile]);
  for (const [i, lang] of (Array.isArray(info.additionalLanguages) ? info.additionalLanguages : []).entries()) {
    if (typeof lang?.file === "string") files.push([`localizationInfo.additionalLanguages[${i}] (${lang.languageTag})`, lang.file]);
  }
  for (const [label, rel] of files) {
    const file = path.resolve(manifestDir, rel);
    if (!fs.existsSync(file)) {
      missing(label, rel);
      continue;
    }
    const loc = readJson(file, rel);
    if (!loc) continue;
    const schema = bundledSchema(loc.$schema, rel);
    if (!schema) continue;
    if (schema.version !== version) {
      errors.push(`${rel}: localization schema version ${schema.version} differs from the manifest's ${version}`);
    }
    await validateAgainst(loc, schema.schema, rel);
    for (const key of Object.keys(loc)) {
      if (key === "$schema") continue;
      if (typeof resolveKey(manifest, key) !== "string") {
        errors.push(`${rel}: key "${key}" does not match a string in the manifest`);
      }
    }
  }
}

const manifest = readJson(manifestPath, "manifest");
let manifestVersion;
if (manifest !== undefined) {
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    errors.push("manifest: the top level must be a JSON object");
  } else {
    manifestVersion = manifest.manifestVersion;
    const schema = bundledSchema(manifest.$schema, "manifest");
    if (schema) {
      if (manifestVersion !== schema.version) {
        errors.push(`manifest: manifestVersion "${manifestVersion}" does not match the $schema version "${schema.version}"`);
      }
      await validateAgainst(manifest, schema.schema, "manifest");
      await checkLocalization(manifest, schema.version);
    }
    checkIcon(manifest, "color", 192);
    checkIcon(manifest, "outline", 32);
    for (const [i, d] of (Array.isArray(manifest.validDomains) ? manifest.validDomains : []).entries()) {
      if (typeof d === "string" && (/^[a-z]+:\/\//i.test(d) || d.includes("/"))) {
        errors.push(`manifest: validDomains[${i}] "${d}" must be a host name without scheme or path`);
      }
    }
  }
}

finish({ valid: errors.length === 0, errors, warnings, manifestVersion }, errors.length === 0 ? 0 : 1);
