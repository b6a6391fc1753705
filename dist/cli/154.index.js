export const id = 154;
export const ids = [154];
export const modules = {

/***/ 5623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fi: () => (/* binding */ archiveRoot),
  Gx: () => (/* binding */ installArchive),
  Vq: () => (/* binding */ sha256OfFile)
});

// UNUSED EXPORTS: keptArchiveName, toolCacheVersion

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/lib/errors.js
var errors = __webpack_require__(1469);
// EXTERNAL MODULE: ./build/lib/files.js
var files = __webpack_require__(3963);
// EXTERNAL MODULE: ./build/lib/redact.js
var redact = __webpack_require__(1059);
// EXTERNAL MODULE: ./build/lib/install/download.js
var download = __webpack_require__(2038);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./build/lib/install/safeTree.js
var safeTree = __webpack_require__(4659);
;// CONCATENATED MODULE: ./build/lib/install/tar.js
/**
 * Extracts a .tar.gz, .tar.bz2 or .tar.xz archive into a SafeTree (safeTree.ts), the rule zip.ts
 * follows too: tar-stream reads the entries, and gzip is inflated by zlib, bzip2 and xz by their own
 * programs (as GNU tar runs them for -j and -J). The inflated stream is counted as it flows, so a
 * bomb stops at the limit, header bytes included.
 */








const PROGRAMS = { 'tar.bz2': 'bzip2', 'tar.xz': 'xz' };
/** Each entry's header and padding: what a tar stream may hold beyond its files' content. */
const BYTES_PER_ENTRY = 1024;
function inflate(file, format, label) {
    if (format === 'tar.gz') {
        const stream = (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)());
        return { stream, done: Promise.resolve(), stop: () => stream.destroy() };
    }
    const program = PROGRAMS[format];
    const child = (0,external_node_child_process_.spawn)(program, ['-dc', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString();
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new errors/* UsageError */.eb(`${label}: cannot run ${program} to read the archive (${error.message})`)));
        child.on('close', (code, signal) => {
            if (code === 0 || signal === 'SIGTERM')
                resolve();
            else
                reject(new errors/* UsageError */.eb(`${label}: not a ${format} archive (${stderr.trim().split('\n')[0] ?? ''})`));
        });
    });
    return { stream: child.stdout, done, stop: () => child.kill('SIGTERM') };
}
async function extractEntries(inflated, tree) {
    let inflatedBytes = 0;
    const cap = tree.limits.bytes + tree.limits.entries * BYTES_PER_ENTRY;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            inflatedBytes += chunk.length;
            done(inflatedBytes > cap ? tree.tooBig() : null, chunk);
        }
    });
    const extract = tar_stream.extract();
    const feeding = (0,external_node_stream_promises_.pipeline)(inflated.stream, counter, extract);
    try {
        for await (const entry of extract) {
            const { name, type, linkname, size, mode } = entry.header;
            if (type === 'directory')
                await tree.directory(name);
            else if (type === 'file' || type === 'contiguous-file')
                await tree.file(name, entry, size, (mode & 0o111) !== 0);
            else if (type === 'symlink')
                tree.symbolicLink(name, linkname);
            else if (type === 'link')
                await tree.hardLink(name, linkname);
            else
                throw tree.refuse(name, `is a ${type}, which no platform or library ships`);
            entry.resume();
        }
        await feeding;
    }
    finally {
        inflated.stop();
        // Wait for the pipeline to wind down; its error, if any, follows from the one already thrown.
        await Promise.allSettled([feeding]);
    }
}
/** Extracts `file` into `dest` (created); `label` names the input in errors. */
async function extractTar(file, format, dest, label, limits) {
    const tree = await safeTree/* SafeTree */.Sw.create(dest, label, limits);
    const inflated = inflate(file, format, label);
    try {
        await extractEntries(inflated, tree);
        await inflated.done;
        await tree.finish();
    }
    catch (error) {
        inflated.stop();
        const inflaterError = await inflated.done.then(() => null, (failure) => failure);
        // A refusal stands (the inflater then died of the closed pipe); otherwise the inflater's own
        // complaint (corrupt data) says more than the truncated stream it left.
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        if (inflaterError !== null)
            throw inflaterError;
        throw new errors/* UsageError */.eb(`${label}: cannot extract the ${format} archive (${error.message})`);
    }
}

// EXTERNAL MODULE: ./build/lib/install/zip.js
var zip = __webpack_require__(6975);
;// CONCATENATED MODULE: ./build/lib/install/extract.js


function extractArchive(file, format, dest, label, limits) {
    return format === 'zip'
        ? (0,zip/* extractZip */.J)(file, dest, label, limits)
        : extractTar(file, format, dest, label, limits);
}

// EXTERNAL MODULE: ./build/lib/install/toolCacheFolder.js
var toolCacheFolder = __webpack_require__(6480);
;// CONCATENATED MODULE: ./build/lib/install/archive.js
/**
 * The archive pipeline every installer shares (toolchain, core, platforms and their tools, library
 * releases): find the tool in the tool cache, else take a kept archive or download one, verify it
 * (size, SHA-256) before anything is extracted, extract it by safeTree.ts's rules, and move it into
 * the tool cache whole. A failure leaves nothing extracted or cached.
 */










/**
 * The tool-cache version: the release plus the archive's SHA-256, so a mirror's different archive of
 * the same release never shares a folder. Stays valid semver (tc.find needs an explicit version).
 * Applied here only: an ArchiveSource's version is always the release's own.
 */
function toolCacheVersion(version, sha256) {
    const tag = `sha256-${sha256.slice(0, 16)}`;
    return version.includes('-') ? `${version}.${tag}` : `${version}-${tag}`;
}
async function sha256OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Where a verified archive is kept in `archiveDir`: named by content, so a stale file never passes. */
function keptArchiveName(source) {
    return `${source.name}-${source.version}-${source.sha256}.${source.format}`;
}
/** The index's size first (cheap, and says "truncated" plainly), then the SHA-256. */
async function verify(file, source, inputs) {
    const size = (await (0,promises_.stat)(file)).size;
    const url = (0,redact/* redactUrl */.BO)(source.url);
    if (source.size !== null && size !== source.size) {
        throw new errors/* UsageError */.eb(`${inputs.sha256}: size mismatch for ${url}: expected ${source.size} bytes, got ${size}`);
    }
    const actual = await sha256OfFile(file);
    if (actual !== source.sha256) {
        throw new errors/* UsageError */.eb(`${inputs.sha256}: checksum mismatch for ${url}: expected ${source.sha256}, got ${actual}`);
    }
}
/** Keeps a verified archive in `archiveDir`, written whole or not at all. */
async function keepArchive(file, archiveDir, source) {
    const kept = external_node_path_.join(archiveDir, keptArchiveName(source));
    await (0,promises_.mkdir)(archiveDir, { recursive: true });
    const temp = `${kept}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.copyFile)(file, temp);
    await (0,promises_.rename)(temp, kept);
}
/**
 * The verified bytes, in a file of this install's own (removed by the caller): a private copy of a
 * kept archive that verifies, else a download. What is extracted is what was verified, even when
 * another build rewrites the kept copy meanwhile.
 */
async function obtainArchive(source, opts, work) {
    const kept = opts.archiveDir === undefined ? null : external_node_path_.join(opts.archiveDir, keptArchiveName(source));
    if (kept !== null && (await (0,files/* pathExists */.s0)(kept))) {
        const copy = external_node_path_.join(work, 'kept');
        await (0,promises_.copyFile)(kept, copy);
        if ((await sha256OfFile(copy)) === source.sha256)
            return { file: copy, source: 'archive' };
        await (0,promises_.rm)(kept, { force: true });
        await (0,promises_.rm)(copy, { force: true });
    }
    const file = await (0,download/* downloadInto */.zw)(source.url, opts.inputs.url, work);
    await verify(file, source, opts.inputs);
    if (opts.archiveDir !== undefined)
        await keepArchive(file, opts.archiveDir, source);
    return { file, source: 'download' };
}
/** Arduino's archives hold one top folder; strip it, as arduino-cli does, whatever its name. */
async function archiveRoot(extracted) {
    const entries = await (0,promises_.readdir)(extracted, { withFileTypes: true });
    const only = entries.length === 1 ? entries[0] : undefined;
    return only?.isDirectory() ? external_node_path_.join(extracted, only.name) : extracted;
}
/** Extracts the verified archive in `work` and stages its top folder at `layout`; the staged folder. */
async function extractAndStage(file, source, opts, work) {
    await extractArchive(file, source.format, external_node_path_.join(work, 'x'), opts.inputs.url, opts.limits);
    const root = await archiveRoot(external_node_path_.join(work, 'x'));
    if (!(await (0,files/* pathExists */.s0)(external_node_path_.join(root, opts.expect)))) {
        throw new errors/* UsageError */.eb(`${opts.inputs.url}: the archive from ${(0,redact/* redactUrl */.BO)(source.url)} has no ${opts.expect} in its top folder`);
    }
    const stage = external_node_path_.join(work, 'stage');
    await (0,promises_.mkdir)(external_node_path_.dirname(external_node_path_.join(stage, opts.layout)), { recursive: true });
    await (0,promises_.rename)(root, opts.layout === '' ? stage : external_node_path_.join(stage, opts.layout));
    return stage;
}
/**
 * The tool-cache folder for a verified archive (the `layout` subfolder of it), installing it when the
 * tool cache lacks it. A failure leaves nothing extracted or cached.
 */
async function installArchive(source, opts) {
    const tool = {
        name: source.name,
        version: toolCacheVersion(source.version, source.sha256),
        arch: opts.toolCacheArch
    };
    const cached = await (0,toolCacheFolder/* findInToolCache */.lj)(opts.toolCache, tool.name, tool.version, tool.arch);
    if (cached !== null)
        return { dir: external_node_path_.join(cached, opts.layout), source: 'tool-cache' };
    const work = await (0,toolCacheFolder/* privateWorkFolder */.HF)(opts.toolCache, source.name);
    try {
        const archive = await obtainArchive(source, opts, work);
        const stage = await extractAndStage(archive.file, source, opts, work);
        const dir = await (0,toolCacheFolder/* placeInToolCache */.Tp)(opts.toolCache, stage, tool);
        return { dir: external_node_path_.join(dir, opts.layout), source: archive.source };
    }
    finally {
        await (0,toolCacheFolder/* removeWorkFolder */.MT)(work);
    }
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ present),
/* harmony export */   JD: () => (/* binding */ splitCredentials),
/* harmony export */   Md: () => (/* binding */ insecureUrlWarning),
/* harmony export */   zw: () => (/* binding */ downloadInto)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5991);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1469);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1059);
/**
 * Downloads through @actions/tool-cache, with what a URL may carry kept out of sight: credentials
 * (`https://user:token@host/...`) go as a Basic Authorization header, never in the URL tool-cache
 * logs, and every message shows the URL redacted (../redact.ts). A plain `http://` download is
 * allowed, as arduino-cli allows it, with one warning: whoever sits on the path chooses the bytes,
 * and for an index every checksum in it.
 */




/** The URL without its `user:password@`, and the Authorization header those make. Pure. */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url, authorization: undefined };
    }
    if (parsed.username === '' && parsed.password === '')
        return { url, authorization: undefined };
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    return {
        url: parsed.href,
        authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
    };
}
/** The warning for a download over plain http, or null. Pure. */
function insecureUrlWarning(url, input) {
    if (!/^http:\/\//i.test(url.trim()))
        return null;
    return `${input}: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url)} is plain http: anyone on the network path can change what it serves (use https)`;
}
/** The lines that are there (warnings that apply), without repeats. Pure. */
function present(lines) {
    return [...new Set(lines.filter(line => line !== null))];
}
/**
 * Downloads `url` as `<work>/archive`: a file of this install's own, on the tool cache's file system
 * (so nothing goes through RUNNER_TEMP). `input` names it in the one-line error.
 */
async function downloadInto(url, input, work) {
    const { url: bare, authorization } = splitCredentials(url);
    try {
        return await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .downloadTool */ .bq(bare, node_path__WEBPACK_IMPORTED_MODULE_0__.join(work, 'archive'), authorization);
    }
    catch (error) {
        const status = error instanceof _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .HTTPError */ .Hl ? `HTTP ${error.httpStatusCode}` : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${input}: cannot download ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url)}: ${status}`, { cause: error });
    }
}


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ fetchIndex)
/* harmony export */ });
/* unused harmony exports DEFAULT_INDEX_MAX_AGE_MS, keptIndexName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1469);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3963);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1059);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2038);
/**
 * Fetches an index (library_index.json, package_index.json; `.gz` is unpacked) from a URL or a local
 * file, and keeps a copy in `keepDir` that is used instead for `maxAgeMs`: a warm job asks no index
 * host, and a new release is seen at most that long after it appears (arduino-cli's own index is only
 * refreshed on `update-index`). The copy's age comes from a note written beside it, not from mtimes,
 * and so does its SHA-256: a kept copy is used only when its bytes match the note (a restored
 * cache is written by whoever could save under its key). Indexes are read whole, so their size, and
 * what a `.gz` one inflates to, are bounded.
 */








const DEFAULT_INDEX_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Arduino's library_index.json is ~100 MB inflated; an index is held in memory whole. */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;
function sha256Of(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
function tooBig(input, url, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${input}: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(url)} is larger than ${maxBytes / 1024 / 1024} MiB`);
}
/** The kept copy's file name: by URL, so two indexes never share one. */
function keptIndexName(url) {
    return `index-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex').slice(0, 16)}.json`;
}
function isRemote(url) {
    return /^https?:\/\//i.test(url);
}
function decode(bytes, url, input, maxBytes) {
    if (!new URL(url, 'file:///').pathname.endsWith('.gz'))
        return bytes.toString('utf8');
    try {
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzipSync)(bytes, { maxOutputLength: maxBytes }).toString('utf8');
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw tooBig(input, url, maxBytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${input}: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(url)} is not gzip data`);
    }
}
/** A file's bytes, refused beyond `maxBytes` before it is read. */
async function readBounded(file, url, input, maxBytes) {
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size > maxBytes)
        throw tooBig(input, url, maxBytes);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
}
/** A kept copy's note, or null when it is not JSON (a torn or foreign file: the copy is stale). */
function parseNote(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
async function readKept(file, url, maxAgeMs, now) {
    const noteText = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`${file}.note`, 'utf8'), null);
    const note = noteText === null ? null : parseNote(noteText);
    if (note === null || note.url !== url || !(now - note.fetchedAt < maxAgeMs))
        return null;
    const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'), null);
    return text !== null && sha256Of(text) === note.sha256 ? text : null;
}
/** Written beside, then renamed: a reader never sees half an index. */
async function writeKept(file, url, text, now) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    const note = { url, fetchedAt: now, sha256: sha256Of(text) };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${temp}.note`, JSON.stringify(note));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(`${temp}.note`, `${file}.note`);
}
/** Time an index download may take; a host that cannot be reached fails at once. */
const INDEX_TIMEOUT_MS = 60_000;
function reasonOf(error) {
    const cause = error?.cause;
    if (error instanceof Error && error.name === 'TimeoutError')
        return `no answer in ${INDEX_TIMEOUT_MS / 1000} s`;
    const code = cause?.code ?? '';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `${code}: the host name does not resolve (no network?)`;
    if (code === 'ECONNREFUSED')
        return `${code}: nothing answers there`;
    return code || (cause?.message ?? (error instanceof Error ? error.message : String(error)));
}
/**
 * One attempt, no retries: an index is asked for before anything is built, so an unreachable host
 * (no network, a typo) should say so at once, with what to do instead, not after a minute of retries.
 * Credentials in the URL go as a Basic header (download.ts), messages show the URL redacted, and
 * the body is refused past `maxBytes` as it arrives.
 */
async function download(url, input, maxBytes, hint) {
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${input}: cannot download ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(url)}: ${why}; give ${input} an index you can reach (a URL or a file)${hint}`);
    const { url: bare, authorization } = (0,_download_js__WEBPACK_IMPORTED_MODULE_5__/* .splitCredentials */ .JD)(url);
    let response;
    try {
        response = await fetch(bare, {
            signal: AbortSignal.timeout(INDEX_TIMEOUT_MS),
            headers: authorization === undefined ? {} : { authorization }
        });
    }
    catch (error) {
        throw fail(reasonOf(error));
    }
    if (!response.ok)
        throw fail(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
        throw tooBig(input, url, maxBytes);
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body ?? []) {
            size += chunk.length;
            if (size > maxBytes)
                throw tooBig(input, url, maxBytes);
            chunks.push(Buffer.from(chunk));
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb)
            throw error;
        throw fail(reasonOf(error));
    }
    return Buffer.concat(chunks);
}
async function fetchIndex(url, input, opts) {
    const maxBytes = opts.maxBytes ?? MAX_INDEX_BYTES;
    if (!isRemote(url)) {
        const bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .orMissing */ .Mr)(readBounded(url, url, input, maxBytes), null);
        if (bytes === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${input}: ${url}: no such file (expected an http(s) URL or an index file)`);
        return { url, index: opts.parse(decode(bytes, url, input, maxBytes)), downloaded: false };
    }
    const now = opts.now ?? Date.now();
    const kept = opts.keepDir === null ? null : node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.keepDir, keptIndexName(url));
    const fresh = kept === null ? null : await readKept(kept, url, opts.maxAgeMs ?? DEFAULT_INDEX_MAX_AGE_MS, now);
    // A kept copy that no longer parses (an older format) is fetched again.
    if (fresh !== null) {
        try {
            return { url, index: opts.parse(fresh), downloaded: false };
        }
        catch {
            // fall through to the download
        }
    }
    const text = decode(await download(url, input, maxBytes, opts.unreachableHint ?? ''), url, input, maxBytes);
    const index = opts.parse(text);
    if (kept !== null)
        await writeKept(kept, url, text, now);
    return { url, index, downloaded: true };
}


/***/ }),

/***/ 1111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseJsonIndex),
/* harmony export */   Dw: () => (/* binding */ parseDepends),
/* harmony export */   es: () => (/* binding */ sha256OfChecksum),
/* harmony export */   pS: () => (/* binding */ parseLibraryIndex)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1469);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7063);
/**
 * The Library Manager index (arduino-cli's `library_index.json`: `libraries[]` with name, version,
 * url, archiveFileName, size, `checksum: SHA-256:<hex>`, dependencies[{name, version?}]), read into
 * releases per name, newest first. Pure: the text in, the index out.
 */


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `JSON.parse` with a one-line error naming the input and the index. */
function parseJsonIndex(text, input, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input}: ${source} is not JSON (${error.message.split('\n')[0]})`);
    }
    if (!isObject(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input}: ${source} is not an index (not a JSON object)`);
    return value;
}
const CHECKSUM = /^SHA-256:([0-9a-fA-F]{64})$/;
/** An index's `checksum`: only SHA-256 is accepted (arduino-cli also knows MD5 and SHA-1: too weak). */
function sha256OfChecksum(checksum) {
    const match = typeof checksum === 'string' ? CHECKSUM.exec(checksum.trim()) : null;
    return match?.[1]?.toLowerCase() ?? null;
}
function dependenciesOf(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter(isObject)
        .filter(dep => typeof dep.name === 'string' && dep.name.trim() !== '')
        .map(dep => ({
        name: String(dep.name).trim(),
        constraint: typeof dep.version === 'string' ? dep.version : ''
    }));
}
/** One entry, or null when it lacks what an install needs (arduino-cli skips such entries too). */
function releaseOf(entry) {
    const sha256 = sha256OfChecksum(entry.checksum);
    const { name, version, url, size } = entry;
    if (typeof name !== 'string' || typeof version !== 'string' || typeof url !== 'string')
        return null;
    if (sha256 === null || typeof size !== 'number' || (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .toSemver */ .Ud)(version) === null)
        return null;
    return {
        name,
        version,
        url,
        archiveFileName: typeof entry.archiveFileName === 'string' ? entry.archiveFileName : '',
        size,
        sha256,
        dependencies: dependenciesOf(entry.dependencies)
    };
}
function parseLibraryIndex(text, input, source) {
    const json = parseJsonIndex(text, input, source);
    if (!Array.isArray(json.libraries))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input}: ${source} is not a library index (no "libraries" list)`);
    const libraries = new Map();
    for (const entry of json.libraries) {
        const release = isObject(entry) ? releaseOf(entry) : null;
        if (release === null)
            continue;
        const releases = libraries.get(release.name) ?? [];
        releases.push(release);
        libraries.set(release.name, releases);
    }
    for (const releases of libraries.values())
        releases.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .byVersionDescending */ .ou)(a.version, b.version));
    return { source, libraries };
}
/**
 * `depends=` of library.properties: `Name`, or `Name (constraint)`, comma-separated
 * (arduino-cli libraries.ParseDependencies).
 */
function parseDepends(value) {
    return value
        .split(',')
        .map(item => item.trim())
        .filter(item => item !== '')
        .map(item => {
        const match = /^(.*?)\s*\((.*)\)\s*$/.exec(item);
        return match === null
            ? { name: item, constraint: '' }
            : { name: match[1]?.trim() ?? '', constraint: match[2]?.trim() ?? '' };
    });
}


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ LIBRARY_LIMITS),
/* harmony export */   Sw: () => (/* binding */ SafeTree),
/* harmony export */   eC: () => (/* binding */ PACKAGE_LIMITS),
/* harmony export */   v: () => (/* binding */ LINK_TARGET_LIMIT)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1469);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3963);
/**
 * The one rule every archive kind is extracted by (zip.ts, tar.ts): nothing is written outside the
 * destination, whatever the entries' names and links. As GNU tar does with its delayed links, files
 * and folders come first, into a tree that holds no link at all, so no write can pass through one;
 * links are made last, each only when its target, resolved on the real tree (through the links made
 * before it), stays inside; then every link is resolved again on the finished tree. An archive that
 * breaks the rule, or its limits, is refused whole, with one line naming the input and the entry.
 */







const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** Libraries are source code: the biggest known ones inflate to tens of MB. */
const LIBRARY_LIMITS = { bytes: 256 * MiB, entries: 50_000, kind: 'a library archive' };
/** Platforms and tools: an ESP32 platform with its tools inflates to over 1 GB. */
const PACKAGE_LIMITS = {
    bytes: 8 * GiB,
    entries: 1_000_000,
    kind: 'a platform or tool archive'
};
/** A link's target longer than PATH_MAX is no path any system resolves. */
const LINK_TARGET_LIMIT = 4096;
/** Links followed while resolving one target (Linux's own limit), so a loop ends. */
const MAX_LINK_HOPS = 40;
function formatBytes(bytes) {
    return bytes >= GiB ? `${bytes / GiB} GiB` : `${bytes / MiB} MiB`;
}
/**
 * An entry name as a relative path of plain segments ('' for the top folder), or null when it
 * could name something outside: absolute, a `..` segment, a backslash (a separator elsewhere), NUL. Pure.
 */
function entrySegments(name) {
    if (name.startsWith('/') || /[\\\0]/.test(name))
        return null;
    const segments = name.split('/').filter(segment => segment !== '' && segment !== '.');
    return segments.includes('..') ? null : segments;
}
class SafeTree {
    root;
    label;
    limits;
    entries = 0;
    bytes = 0;
    /** Folders made (or checked to be real folders) by this extraction, relative. */
    folders = new Set(['']);
    /** Regular files written, relative: what a hard link may name. */
    files = new Set();
    links = [];
    constructor(
    /** The destination's real path (no link above it is followed again). */
    root, label, limits) {
        this.root = root;
        this.label = label;
        this.limits = limits;
    }
    static async create(dest, label, limits) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dest, { recursive: true });
        return new SafeTree(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dest), label, limits);
    }
    refuse(entry, why = 'escapes the folder it is extracted to') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${this.label}: archive entry '${entry}' ${why}`);
    }
    tooMany() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${this.label}: the archive has more than ${this.limits.entries} entries (the limit for ${this.limits.kind})`);
    }
    tooBig() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${this.label}: the archive inflates to more than ${formatBytes(this.limits.bytes)} (the limit for ${this.limits.kind})`);
    }
    segmentsOf(name) {
        const segments = entrySegments(name);
        if (segments === null)
            throw this.refuse(name);
        return segments;
    }
    /** Counts one entry, and `declared` bytes of content before any is written. */
    admit(declared = 0) {
        this.entries += 1;
        if (this.entries > this.limits.entries)
            throw this.tooMany();
        if (this.bytes + declared > this.limits.bytes)
            throw this.tooBig();
    }
    pathOf(segments) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, ...segments);
    }
    /** Makes the folders of `segments`, one at a time, each a real folder: never a link, never through one. */
    async realFolder(segments, entry) {
        for (let depth = 1; depth <= segments.length; depth += 1) {
            const relative = segments.slice(0, depth).join('/');
            if (this.folders.has(relative))
                continue;
            const dir = this.pathOf(segments.slice(0, depth));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir).catch((error) => {
                if (error.code !== 'EEXIST')
                    throw error;
            });
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir);
            if (info.isSymbolicLink())
                throw this.refuse(entry, `passes through the link '${relative}'`);
            if (!info.isDirectory())
                throw this.refuse(entry, `needs '${relative}' to be a folder, and it is a file`);
            this.folders.add(relative);
        }
    }
    async directory(name) {
        this.admit();
        await this.realFolder(this.segmentsOf(name), name);
    }
    /** Writes a file's content, counted as it streams: a size the header understates is caught too. */
    async file(name, content, declaredSize, executable) {
        const segments = this.segmentsOf(name);
        if (segments.length === 0)
            throw this.refuse(name, 'is a file in place of the top folder');
        this.admit(declaredSize);
        await this.realFolder(segments.slice(0, -1), name);
        const counter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform: (chunk, _encoding, done) => {
                this.bytes += chunk.length;
                done(this.bytes > this.limits.bytes ? this.tooBig() : null, chunk);
            }
        });
        const target = this.pathOf(segments);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(content, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target, { flags: 'wx' })).catch((error) => {
            if (error.code === 'EEXIST')
                throw this.refuse(name, 'is in the archive twice');
            throw error;
        });
        if (executable)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(target, 0o755);
        this.files.add(segments.join('/'));
    }
    /** A hard link (tar): only to a regular file this archive already wrote. */
    async hardLink(name, target) {
        const segments = this.segmentsOf(name);
        const existing = entrySegments(target);
        if (existing === null || !this.files.has(existing.join('/')))
            throw this.refuse(name, `is a hard link to '${target}', which is no file of the archive before it`);
        this.admit();
        await this.realFolder(segments.slice(0, -1), name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(this.pathOf(existing), this.pathOf(segments));
        this.files.add(segments.join('/'));
    }
    /** A symbolic link, made in finish(): refused now when its text alone leads outside. */
    symbolicLink(name, target) {
        const segments = this.segmentsOf(name);
        if (segments.length === 0)
            throw this.refuse(name, 'is a link in place of the top folder');
        this.admit();
        if (target.length > LINK_TARGET_LIMIT)
            throw this.refuse(name, `is a link longer than ${LINK_TARGET_LIMIT} bytes`);
        if (target === '' || target.includes('\0'))
            throw this.refuse(name, 'is a link to nothing');
        const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.pathOf(segments.slice(0, -1)), target);
        if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(target) || !this.isInside(lexical))
            throw this.refuse(`${name} -> ${target}`);
        this.links.push({ name, segments, target });
    }
    isInside(file) {
        return file === this.root || file.startsWith(`${this.root}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
    }
    /**
     * Where `target` leads from the real folder `from`, following the links the tree holds now;
     * null when it leaves the root (a `..` above it, an absolute link) or loops.
     */
    async resolve(from, target) {
        let current = from;
        const pending = target.split('/');
        let hops = 0;
        while (pending.length > 0) {
            const part = pending.shift() ?? '';
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (current === this.root)
                    return null;
                current = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(current);
                continue;
            }
            const next = node_path__WEBPACK_IMPORTED_MODULE_2__.join(current, part);
            const info = await (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(next), null);
            if (info?.isSymbolicLink()) {
                hops += 1;
                const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(next);
                if (hops > MAX_LINK_HOPS || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(text))
                    return null;
                pending.unshift(...text.split('/'));
                continue;
            }
            current = next;
        }
        return this.isInside(current) ? current : null;
    }
    /** Makes the links, in archive order, then checks every one again on the finished tree. */
    async finish() {
        for (const pending of this.links) {
            const parent = pending.segments.slice(0, -1);
            await this.realFolder(parent, pending.name);
            if ((await this.resolve(this.pathOf(parent), pending.target)) === null)
                throw this.refuse(`${pending.name} -> ${pending.target}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(pending.target, this.pathOf(pending.segments)).catch((error) => {
                if (error.code === 'EEXIST')
                    throw this.refuse(pending.name, 'is in the archive twice');
                throw error;
            });
        }
        // A link made later can change where an earlier one leads (a folder it named became a link).
        for (const pending of this.links) {
            const parent = this.pathOf(pending.segments.slice(0, -1));
            if ((await this.resolve(parent, pending.target)) === null)
                throw this.refuse(`${pending.name} -> ${pending.target}`);
        }
    }
}


/***/ }),

/***/ 6480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ privateWorkFolder),
/* harmony export */   MT: () => (/* binding */ removeWorkFolder),
/* harmony export */   Tp: () => (/* binding */ placeInToolCache),
/* harmony export */   lj: () => (/* binding */ findInToolCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2088);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3963);
/**
 * Folders into the tool cache without the races of tc.cacheDir, which removes the folder first and
 * then copies into it: a second build installing the same tool at once could delete what the first
 * is compiling with, or read it half-copied. Here each install works in a private folder on the
 * tool cache's own file system, and the finished folder is renamed into place: rename is atomic,
 * and fails when another install got there first, whose folder (the same bytes, named by SHA-256)
 * is then used. The `.complete` marker tc.find also asks for is written before the rename, so a
 * folder is never seen without it. Nothing any install may be using is ever removed.
 *
 * The tool cache's folder is an argument (the caller reads RUNNER_TOOL_CACHE, or picks one for the
 * CLI): nothing here reads the environment. The layout is tc.find's, so either finds the other's tools.
 */





/** A private, empty work folder inside the tool cache (same file system as the final folders). */
async function privateWorkFolder(toolCache, kind) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(toolCache, `.fbuild-${kind}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    return dir;
}
/** Where tc.find looks for a tool: `<tool cache>/<tool>/<clean version>/<arch>`. */
function toolCachePath(toolCache, tool, version, arch) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(toolCache, tool, semver__WEBPACK_IMPORTED_MODULE_3__.clean(version) ?? version, arch);
}
/** tc.find for an explicit version, in the given tool cache: the tool's folder, or null. */
async function findInToolCache(toolCache, tool, version, arch) {
    const dir = toolCachePath(toolCache, tool, version, arch);
    return (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(dir)) && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(`${dir}.complete`)) ? dir : null;
}
/**
 * Moves the finished folder `staged` (inside a private work folder) to the tool cache, or leaves it
 * when another install placed the same tool first; the tool's folder either way.
 */
async function placeInToolCache(toolCache, staged, tool) {
    const final = toolCachePath(toolCache, tool.name, tool.version, tool.arch);
    const marker = `${final}.complete`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(final), { recursive: true });
    // A folder without its marker was left by an interrupted tc.cacheDir: never used, so set aside
    // (gone already when another install set it aside first).
    if ((await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(final), null)) !== null && !(await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(marker))) {
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(final, `${staged}.abandoned`), undefined);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(marker, '');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staged, final);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
            throw error;
    }
    return final;
}
/** Removes a private work folder (whatever an install left in it). */
async function removeWorkFolder(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
}


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ constraintRange),
/* harmony export */   Ud: () => (/* binding */ toSemver),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   ou: () => (/* binding */ byVersionDescending),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1469);
/**
 * Versions and constraints as Arduino's indexes write them (go.bug.st/relaxed-semver): `1.2`, `1.2.3`,
 * `1.2.3-rc1`; constraints `=1.2.3`, `>=1.0`, `<2`, `^1.2`, `~1.2`, joined with `&&` and `||`. Mapped onto npm's semver. Pure.
 */


/** A comparable form of a relaxed version (`1.2` is 1.2.0), or null when it is none. */
function toSemver(version) {
    const text = version.trim().replace(/^v/i, '');
    const exact = semver__WEBPACK_IMPORTED_MODULE_0__.parse(text, { loose: true });
    if (exact !== null)
        return exact;
    // `1.2` and `1`: pad to three numbers, keeping any pre-release or build suffix.
    const match = /^(\d+)(?:\.(\d+))?([-+].*)?$/.exec(text);
    if (match === null)
        return null;
    return semver__WEBPACK_IMPORTED_MODULE_0__.parse(`${match[1]}.${match[2] ?? '0'}.0${match[3] ?? ''}`, { loose: true });
}
/** Newest first; versions that do not parse go last, in their given order. */
function byVersionDescending(a, b) {
    const [va, vb] = [toSemver(a), toSemver(b)];
    if (va === null || vb === null)
        return va === null ? (vb === null ? 0 : 1) : -1;
    return semver__WEBPACK_IMPORTED_MODULE_0__.rcompare(va, vb);
}
/** Two spellings of one version (`1.2` and `1.2.0`) are the same release. */
function sameVersion(a, b) {
    const [va, vb] = [toSemver(a), toSemver(b)];
    return va !== null && vb !== null ? semver__WEBPACK_IMPORTED_MODULE_0__.eq(va, vb) : a.trim() === b.trim();
}
const COMPARATOR = /^(>=|<=|>|<|=|\^|~)?\s*(\S+)$/;
/** One `op version` term as a semver comparator. */
function term(text, label) {
    const match = COMPARATOR.exec(text.trim());
    const version = match?.[2] === undefined ? null : toSemver(match[2]);
    if (match === null || version === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: cannot read the version constraint '${text.trim()}'`);
    const op = match[1] ?? '=';
    return op === '=' ? version.version : `${op}${version.version}`;
}
/**
 * A relaxed-semver constraint as a semver range; '' means any version. `label` names the input in
 * errors. Parentheses are only allowed around the whole expression or one `||` branch; negation
 * (`!`, `!=`) is refused rather than misread.
 */
function constraintRange(constraint, label) {
    const text = constraint.trim();
    if (text === '')
        return new semver__WEBPACK_IMPORTED_MODULE_0__.Range('*');
    const branches = text
        .replace(/^\((.*)\)$/, '$1')
        .split('||')
        .map(branch => branch.trim().replace(/^\((.*)\)$/, '$1'));
    if (branches.some(branch => /[()!]/.test(branch)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label}: cannot read the version constraint '${text}'`);
    const sets = branches.map(branch => branch
        .split('&&')
        .map(part => term(part, label))
        .join(' '));
    return new semver__WEBPACK_IMPORTED_MODULE_0__.Range(sets.join(' || '), { includePrerelease: true });
}
function satisfies(version, range) {
    const parsed = toSemver(version);
    return parsed !== null && range.test(parsed);
}


/***/ }),

/***/ 6975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8321);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1469);
/* harmony import */ var _safeTree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4659);
/**
 * Extracts a .zip archive with yauzl into a SafeTree (safeTree.ts: nothing lands outside the folder,
 * links included). `unzip` only drops `../` components with a warning and goes on, so an archive
 * built to escape would still install; here it fails the whole install instead. The central
 * directory's sizes are summed before any byte is written, so a zip bomb writes nothing; yauzl
 * checks each entry's real size against the declared one while it inflates.
 */




const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
async function open(file, label) {
    try {
        // strictFileNames keeps `\` as a name character instead of a separator, so it cannot hide `..\`.
        return await yauzl__WEBPACK_IMPORTED_MODULE_1__.openPromise(file, { lazyEntries: true, strictFileNames: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: not a valid zip archive (${error.message})`);
    }
}
/** The declared totals, from the central directory only (nothing inflated). */
async function checkDeclared(file, tree) {
    const zip = await open(file, tree.label);
    try {
        if (zip.entryCount > tree.limits.entries)
            throw tree.tooMany();
        let bytes = 0;
        for await (const entry of zip.eachEntry()) {
            bytes += entry.uncompressedSize;
            if (bytes > tree.limits.bytes)
                throw tree.tooBig();
        }
    }
    finally {
        zip.close();
    }
}
async function extractEntries(file, tree) {
    const zip = await open(file, tree.label);
    try {
        for await (const entry of zip.eachEntry()) {
            const mode = (entry.externalFileAttributes >>> 16) & 0o177777;
            const kind = mode & S_IFMT;
            if (entry.fileName.endsWith('/') || kind === S_IFDIR) {
                await tree.directory(entry.fileName);
            }
            else if (kind === S_IFLNK) {
                // Checked before the read: the target is held in memory.
                if (entry.uncompressedSize > _safeTree_js__WEBPACK_IMPORTED_MODULE_2__/* .LINK_TARGET_LIMIT */ .v)
                    throw tree.refuse(entry.fileName, `is a link longer than ${_safeTree_js__WEBPACK_IMPORTED_MODULE_2__/* .LINK_TARGET_LIMIT */ .v} bytes`);
                tree.symbolicLink(entry.fileName, await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_0__.text)(await zip.openReadStreamPromise(entry)));
            }
            else {
                const content = await zip.openReadStreamPromise(entry);
                await tree.file(entry.fileName, content, entry.uncompressedSize, (mode & 0o111) !== 0);
            }
        }
    }
    finally {
        zip.close();
    }
}
/** Extracts `file` into `dest` (created); `label` names the input in errors (`library "X@1.0"`). */
async function extractZip(file, dest, label, limits) {
    const tree = await _safeTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SafeTree */ .Sw.create(dest, label, limits);
    try {
        await checkDeclared(file, tree);
        await extractEntries(file, tree);
        await tree.finish();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb)
            throw error;
        // yauzl's own name checks ("invalid relative path: ../x", "absolute path: /x") land here too.
        const message = error.message;
        const named = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(message);
        if (named?.[1] !== undefined)
            throw tree.refuse(named[1]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: cannot extract the zip archive (${message})`);
    }
}


/***/ })

};
