export const id = 950;
export const ids = [950];
export const modules = {

/***/ 950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installLibraries: () => (/* binding */ installLibraries)
});

// UNUSED EXPORTS: DEFAULT_LIBRARY_INDEX, installPlannedLibraries, needsLibraryIndex, planLibraries

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/lib/arduino/libraries.js
var libraries = __webpack_require__(440);
// EXTERNAL MODULE: ./build/lib/install/libraryIndex.js
var libraryIndex = __webpack_require__(1111);
// EXTERNAL MODULE: ./build/lib/errors.js
var errors = __webpack_require__(1469);
// EXTERNAL MODULE: ./build/lib/install/versions.js
var versions = __webpack_require__(7063);
;// CONCATENATED MODULE: ./build/lib/install/libraryResolve.js
/**
 * Which library releases to install: the ones asked for by name (newest, or the pinned version),
 * then their dependencies, transitively (the newest release that satisfies every constraint seen
 * so far). A name already given as a folder (or the library whose examples are built) is taken as
 * it is, and its own `depends=` are followed. Greedy, breadth first, so what was asked for by name
 * wins over what a dependency would like; a later constraint the chosen release fails is an error,
 * not a backtrack. Pure.
 */


const MAX_LISTED = 8;
function label(need) {
    const name = need.exact === null ? need.name : `${need.name}@${need.exact}`;
    return need.requiredBy === null ? `library "${name}"` : `library "${name}" (needed by "${need.requiredBy}")`;
}
function listVersions(releases) {
    const shown = releases.slice(0, MAX_LISTED).map(release => release.version);
    return releases.length > MAX_LISTED ? `${shown.join(', ')}, ...` : shown.join(', ');
}
function accepts(version, need) {
    if (need.exact !== null)
        return version !== null && (0,versions/* sameVersion */.r1)(version, need.exact);
    if (need.constraint.trim() === '')
        return true;
    return version !== null && (0,versions/* satisfies */.ib)(version, (0,versions/* constraintRange */.TS)(need.constraint, label(need)));
}
function unknownName(need, index) {
    const lower = need.name.toLowerCase();
    const near = [...index.libraries.keys()].find(name => name.toLowerCase() === lower);
    const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
    return new errors/* UsageError */.eb(`${label(need)}: not in the library index ${index.source}${hint}`);
}
function pickRelease(need, index) {
    const releases = index.libraries.get(need.name);
    if (releases === undefined)
        throw unknownName(need, index);
    const release = releases.find(candidate => accepts(candidate.version, need));
    if (release !== undefined)
        return release;
    const wanted = need.exact === null ? `no version satisfies '${need.constraint}'` : 'no such version';
    throw new errors/* UsageError */.eb(`${label(need)}: ${wanted} in ${index.source} (versions: ${listVersions(releases)})`);
}
function dependenciesOf(choice) {
    return choice.kind === 'index' ? choice.release.dependencies : choice.library.dependencies;
}
function versionOf(choice) {
    return choice.kind === 'index' ? choice.release.version : choice.library.version;
}
/** The first cycle among the chosen libraries, as `A -> B -> A`, or null. */
function findCycle(chosen) {
    const done = new Set();
    const visit = (name, trail) => {
        const at = trail.indexOf(name);
        if (at >= 0)
            return [...trail.slice(at), name];
        if (done.has(name))
            return null;
        const choice = chosen.get(name);
        if (choice === undefined)
            return null;
        for (const dep of dependenciesOf(choice)) {
            const cycle = visit(dep.name, [...trail, name]);
            if (cycle !== null)
                return cycle;
        }
        done.add(name);
        return null;
    };
    for (const name of chosen.keys()) {
        const cycle = visit(name, []);
        if (cycle !== null)
            return cycle;
    }
    return null;
}
function resolveLibraries(wanted, index, provided) {
    const chosen = new Map();
    const queue = wanted.map(w => ({
        name: w.name,
        exact: w.version,
        constraint: '',
        requiredBy: null
    }));
    for (let need = queue.shift(); need !== undefined; need = queue.shift()) {
        const already = chosen.get(need.name);
        if (already !== undefined) {
            if (!accepts(versionOf(already), need)) {
                throw new errors/* UsageError */.eb(`${label(need)}: wants ${need.exact ?? need.constraint}, but ${need.name} ` +
                    `${versionOf(already) ?? '(no version)'} is already chosen`);
            }
            continue;
        }
        const local = provided.find(library => library.name === need.name);
        const choice = local !== undefined && (need.exact === null || accepts(local.version, need))
            ? { kind: 'provided', library: local }
            : { kind: 'index', release: pickRelease(need, index), need };
        chosen.set(need.name, choice);
        for (const dep of dependenciesOf(choice))
            queue.push({ name: dep.name, exact: null, constraint: dep.constraint, requiredBy: need.name });
    }
    const cycle = findCycle(chosen);
    if (cycle !== null)
        throw new errors/* UsageError */.eb(`library dependency cycle: ${cycle.join(' -> ')}`);
    const choices = [...chosen.values()];
    return {
        install: choices.flatMap(choice => choice.kind === 'index' ? [{ release: choice.release, requiredBy: choice.need.requiredBy }] : []),
        provided: choices.flatMap(choice => (choice.kind === 'provided' ? [choice.library.name] : []))
    };
}

// EXTERNAL MODULE: ./build/lib/redact.js
var redact = __webpack_require__(1059);
;// CONCATENATED MODULE: ./build/lib/install/librarySpec.js
/**
 * What one `--library` / `libraries:` entry names: a folder, a Library Manager name (`Name`,
 * `Name@1.2.3`), a git repository (`https://host/repo.git#ref`, `git@host:repo.git`), or a .zip URL.
 * Pure, but for the `isFolder` question it is handed.
 */


// Library Manager names: letters, digits, space, `_`, `.`, `-` (arduino-lint rule LP004).
const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function splitRef(text) {
    const hash = text.indexOf('#');
    return hash < 0 ? { url: text, ref: null } : { url: text.slice(0, hash), ref: text.slice(hash + 1) || null };
}
function isGit(url) {
    return /^git@[^:]+:/.test(url) || /^git(\+[a-z]+)?:\/\//i.test(url) || /\.git\/?$/i.test(url);
}
/** A .zip URL, pinned by `#sha256=<hex>` when the fragment says so. */
function zipSpec(url, fragment, value) {
    if (fragment === null)
        return { kind: 'zip', url, sha256: null };
    const pin = /^sha256=([0-9a-fA-F]{64})$/.exec(fragment);
    if (pin?.[1] === undefined)
        throw new errors/* UsageError */.eb(`library "${(0,redact/* redactUrl */.BO)(value)}": expected #sha256=<64 hex digits> after a .zip URL`);
    return { kind: 'zip', url, sha256: pin[1].toLowerCase() };
}
/**
 * `isFolder` says whether a path exists as a folder (relative to where the user runs). A text with a
 * path separator, or one that starts with `.` or `~`, is always a folder, so a typo in a folder name
 * never turns into an index lookup.
 */
function librarySpec_parseLibrarySpec(text, isFolder) {
    const value = text.trim();
    if (URL_SCHEME.test(value) || value.startsWith('git@')) {
        const { url, ref } = splitRef(value);
        if (isGit(url))
            return { kind: 'git', url: url.replace(/^git\+/, ''), ref };
        if (new URL(url, 'file:///').pathname.toLowerCase().endsWith('.zip'))
            return zipSpec(url, ref, value);
        throw new errors/* UsageError */.eb(`library "${(0,redact/* redactUrl */.BO)(value)}": a URL must name a git repository (ending in .git, #ref optional) or a .zip archive`);
    }
    if (/[\\/]/.test(value) || /^[.~]/.test(value) || isFolder(value))
        return { kind: 'folder', dir: value };
    const at = value.lastIndexOf('@');
    const name = (at < 0 ? value : value.slice(0, at)).trim();
    const version = at < 0 ? null : value.slice(at + 1).trim();
    if (!NAME.test(name) || version === '') {
        throw new errors/* UsageError */.eb(`library "${value}": expected a folder, a library name (Name or Name@1.2.3), a git URL or a .zip URL`);
    }
    return { kind: 'name', name, version };
}
/** arduino-cli utils.SanitizeName: the folder a library is installed in. */
function libraryFolderName(name) {
    return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

// EXTERNAL MODULE: ./build/lib/install/download.js
var download = __webpack_require__(2038);
// EXTERNAL MODULE: ./build/lib/install/indexFetch.js
var indexFetch = __webpack_require__(2010);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/lib/toolchain/processes.js + 1 modules
var processes = __webpack_require__(4785);
// EXTERNAL MODULE: ./build/lib/install/archive.js + 2 modules
var archive = __webpack_require__(5623);
// EXTERNAL MODULE: ./build/lib/install/zip.js
var zip = __webpack_require__(6975);
// EXTERNAL MODULE: ./build/lib/install/safeTree.js
var safeTree = __webpack_require__(4659);
// EXTERNAL MODULE: ./build/lib/install/toolCacheFolder.js
var toolCacheFolder = __webpack_require__(6480);
;// CONCATENATED MODULE: ./build/lib/install/gitLibrary.js
/**
 * Libraries named by URL: a git repository at a ref (branch, tag or commit; the git CLI does the
 * talking), or a .zip archive. Both land in the tool cache like index releases, named by what they
 * hold (the commit, the archive's SHA-256), so a known commit or archive is never extracted twice.
 * A .zip URL says nothing about its content before it is downloaded, so it is downloaded every run,
 * unless it is pinned (`#sha256=<hex>`, checked before extraction).
 */












const GIT_TOOL = 'arduino-library-git';
const ZIP_TOOL = 'arduino-library-zip';
const FULL_COMMIT = /^[0-9a-f]{40}$/;
const SHORT_COMMIT = /^[0-9a-f]{7,39}$/;
async function git(args, label, cwd) {
    const result = await (0,processes/* runProcess */.R)(['git', ...args], cwd).catch((error) => {
        throw new errors/* UsageError */.eb(`${label}: cannot run git (${(0,redact/* redactText */.Rd)(error.message)})`);
    });
    if (result.code !== 0) {
        // git names the URL in its messages, credentials and all.
        const why = (0,redact/* redactText */.Rd)(result.stderr.trim().split('\n').pop() ?? '');
        throw new errors/* UsageError */.eb(`${label}: git ${args[0]} failed: ${why}`);
    }
    return result.stdout;
}
/** `git ls-remote` output for one ref: a tag's peeled commit (`^{}`) wins over the tag object. Pure. */
function commitOfRef(lsRemote) {
    const lines = lsRemote
        .split('\n')
        .map(line => line.split('\t'))
        .filter(([sha]) => sha !== undefined && FULL_COMMIT.test(sha));
    const peeled = lines.find(([, ref]) => ref?.endsWith('^{}'));
    return (peeled ?? lines[0])?.[0] ?? null;
}
/** The library folder inside the cached folder (staged as `<cached>/<library folder name>`). */
async function onlyFolder(dir) {
    const [name] = await (0,promises_.readdir)(dir);
    return external_node_path_.join(dir, name ?? '');
}
/** The library at `root`, read as a library; a folder that is none is the user's error, named. */
async function loadFetchedLibrary(root, label) {
    try {
        return await (0,libraries/* loadLibrary */._e)(root, 'user');
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        throw new errors/* UsageError */.eb(`${label}: not an Arduino library (no library.properties, no headers)`);
    }
}
/** Moves the library at `root` into the tool cache slot. */
async function cacheLibrary(root, work, slot, label) {
    const library = await loadFetchedLibrary(root, label);
    const stage = external_node_path_.join(work, 'stage', libraryFolderName(library.name));
    await (0,promises_.mkdir)(external_node_path_.dirname(stage), { recursive: true });
    await (0,promises_.rename)(root, stage);
    const cached = await (0,toolCacheFolder/* placeInToolCache */.Tp)(slot.toolCache, external_node_path_.dirname(stage), { ...slot, arch: 'noarch' });
    return (0,libraries/* loadLibrary */._e)(await onlyFolder(cached), 'user');
}
/** What the report says of the library installed at `dir`. */
async function installedAt(dir, facts) {
    const library = await (0,libraries/* loadLibrary */._e)(dir, 'user');
    return { name: library.name, version: library.version ?? '', requiredBy: null, dir, ...facts };
}
async function installGitLibrary(url, ref, toolCache) {
    const shown = (0,redact/* redactUrl */.BO)(ref === null ? url : `${url}#${ref}`);
    const label = `library "${shown}"`;
    let commit = ref !== null && FULL_COMMIT.test(ref) ? ref : null;
    if (commit === null && (ref === null || !SHORT_COMMIT.test(ref))) {
        commit = commitOfRef(await git(['ls-remote', url, ref ?? 'HEAD'], label));
        if (commit === null)
            throw new errors/* UsageError */.eb(`${label}: no branch or tag '${ref}' in ${(0,redact/* redactUrl */.BO)(url)}`);
    }
    const cached = commit === null ? null : await (0,toolCacheFolder/* findInToolCache */.lj)(toolCache, GIT_TOOL, `0.0.0-${commit}`, 'noarch');
    let dir;
    let from = 'tool-cache';
    if (cached !== null) {
        dir = await onlyFolder(cached);
    }
    else {
        const work = await (0,toolCacheFolder/* privateWorkFolder */.HF)(toolCache, 'git');
        try {
            const checkout = external_node_path_.join(work, 'checkout');
            await git(['clone', '--quiet', '--no-checkout', url, checkout], label);
            await git(['checkout', '--quiet', commit ?? ref ?? 'HEAD'], label, checkout);
            commit = (await git(['rev-parse', 'HEAD'], label, checkout)).trim();
            await (0,promises_.rm)(external_node_path_.join(checkout, '.git'), { recursive: true, force: true });
            const slot = { toolCache, name: GIT_TOOL, version: `0.0.0-${commit}` };
            dir = (await cacheLibrary(checkout, work, slot, label)).dir;
            from = 'download';
        }
        finally {
            await (0,toolCacheFolder/* removeWorkFolder */.MT)(work);
        }
    }
    return installedAt(dir, { source: 'git', url: shown, checksum: `git:${commit}`, from });
}
/**
 * A .zip URL: downloaded, checked against `sha256` (its `#sha256=` pin) before anything is
 * extracted, and kept in the tool cache by its SHA-256; a pinned archive already there is not
 * downloaded again.
 */
async function installZipLibrary(url, sha256, toolCache) {
    const shown = (0,redact/* redactUrl */.BO)(sha256 === null ? url : `${url}#sha256=${sha256}`);
    const label = `library "${shown}"`;
    const versionOf = (digest) => `0.0.0-sha256-${digest}`;
    let digest = sha256;
    const find = (hex) => (0,toolCacheFolder/* findInToolCache */.lj)(toolCache, ZIP_TOOL, versionOf(hex), 'noarch');
    let cached = digest === null ? null : await find(digest);
    let from = 'tool-cache';
    let dir;
    if (cached !== null) {
        dir = await onlyFolder(cached);
    }
    else {
        const work = await (0,toolCacheFolder/* privateWorkFolder */.HF)(toolCache, 'zip');
        try {
            const file = await (0,download/* downloadInto */.zw)(url, label, work);
            const actual = await (0,archive/* sha256OfFile */.Vq)(file);
            if (digest !== null && actual !== digest)
                throw new errors/* UsageError */.eb(`${label}: checksum mismatch for ${(0,redact/* redactUrl */.BO)(url)}: expected ${digest}, got ${actual}`);
            digest = actual;
            from = 'download';
            cached = await find(digest);
            if (cached !== null) {
                dir = await onlyFolder(cached);
            }
            else {
                await (0,zip/* extractZip */.J)(file, external_node_path_.join(work, 'x'), label, safeTree/* LIBRARY_LIMITS */.DN);
                const root = await (0,archive/* archiveRoot */.Fi)(external_node_path_.join(work, 'x'));
                const slot = { toolCache, name: ZIP_TOOL, version: versionOf(digest) };
                dir = (await cacheLibrary(root, work, slot, label)).dir;
            }
        }
        finally {
            await (0,toolCacheFolder/* removeWorkFolder */.MT)(work);
        }
    }
    return installedAt(dir, { source: 'zip', url: shown, checksum: `SHA-256:${digest}`, from });
}

// EXTERNAL MODULE: ./build/lib/install/sources.js
var sources = __webpack_require__(7246);
;// CONCATENATED MODULE: ./build/lib/install/libraries.js
/**
 * Installs the libraries a build asks for: folders as they are; Library Manager names resolved from
 * the library index with their dependencies (libraryResolve.ts), each release downloaded, checked
 * (size, SHA-256, entry paths) and kept in the tool cache under arduino-cli's folder name; git and
 * .zip URLs (gitLibrary.ts). A failure leaves nothing half-installed: each archive is extracted in a
 * scratch folder and moved into the tool cache whole.
 */















const DEFAULT_LIBRARY_INDEX = 'https://downloads.arduino.cc/libraries/library_index.json.gz';
function isFolder(cwd) {
    return dir => (0,external_node_fs_.existsSync)(external_node_path_.resolve(cwd, dir)) && (0,external_node_fs_.statSync)(external_node_path_.resolve(cwd, dir)).isDirectory();
}
function providedBy(library) {
    return {
        name: library.name,
        version: library.version,
        dependencies: (0,libraryIndex/* parseDepends */.Dw)(library.properties.get('depends') ?? '')
    };
}
/** The library whose examples a sketch is, or null when that folder is no usable library. */
async function ownerLibrary(root) {
    try {
        return await (0,libraries/* loadLibrary */._e)(root, 'sketch-owner');
    }
    catch (error) {
        // Not a library (or a malformed one): the sketch just has no owner. An I/O error propagates.
        if (error instanceof errors/* UsageError */.eb)
            return null;
        throw error;
    }
}
async function ownerLibraries(sketchDirs) {
    const roots = new Set(sketchDirs.map(dir => (0,libraries/* libraryRootOfExamples */.wm)(dir)).filter(root => root !== null));
    const owners = await Promise.all([...roots].map(ownerLibrary));
    return owners.filter(owner => owner !== null);
}
function archiveOf(release, label) {
    let format;
    try {
        format = (0,sources/* archiveFormatOf */.ji)(release.url, label);
    }
    catch {
        format = (0,sources/* archiveFormatOf */.ji)(`file:///${release.archiveFileName}`, label);
    }
    return {
        name: `arduino-library-${libraryFolderName(release.name)}`,
        // tool-cache folders need a semver version: `1.2` is kept as 1.2.0.
        version: (0,versions/* toSemver */.Ud)(release.version)?.version ?? '0.0.0',
        url: release.url,
        sha256: release.sha256,
        size: release.size,
        format
    };
}
async function installRelease(release, requiredBy, folders) {
    const label = `library "${release.name}@${release.version}"`;
    const installed = await (0,archive/* installArchive */.Gx)(archiveOf(release, label), {
        toolCache: folders.toolCache,
        inputs: { url: label, sha256: label },
        toolCacheArch: 'noarch',
        archiveDir: folders.archiveDir,
        expect: 'library.properties',
        layout: libraryFolderName(release.name),
        limits: safeTree/* LIBRARY_LIMITS */.DN
    });
    return {
        name: release.name,
        version: release.version,
        source: 'index',
        url: (0,redact/* redactUrl */.BO)(release.url),
        checksum: `SHA-256:${release.sha256}`,
        requiredBy,
        dir: installed.dir,
        from: installed.source
    };
}
async function loadIndex(url, input, indexDir) {
    const fetched = await (0,indexFetch/* fetchIndex */.RG)(url, input, {
        keepDir: indexDir ?? null,
        parse: text => (0,libraryIndex/* parseLibraryIndex */.pS)(text, input, (0,redact/* redactUrl */.BO)(url)),
        unreachableHint: ', or give the library as a folder'
    });
    return { index: fetched.index, downloaded: fetched.downloaded };
}
/** Whether a request names any library by name, i.e. needs the index. */
function needsLibraryIndex(specs, cwd) {
    return specs.some(text => parseLibrarySpec(text, isFolder(cwd)).kind === 'name');
}
async function planLibraries(request) {
    const specs = request.specs.map(text => librarySpec_parseLibrarySpec(text, isFolder(request.cwd)));
    const folders = specs.flatMap(spec => (spec.kind === 'folder' ? [external_node_path_.resolve(request.cwd, spec.dir)] : []));
    const byUrl = [];
    for (const spec of specs) {
        if (spec.kind === 'git')
            byUrl.push(await installGitLibrary(spec.url, spec.ref, request.toolCache));
        if (spec.kind === 'zip')
            byUrl.push(await installZipLibrary(spec.url, spec.sha256, request.toolCache));
    }
    const wanted = specs.flatMap(spec => spec.kind === 'name' ? [{ name: spec.name, version: spec.version }] : []);
    const urlWarnings = specs.flatMap(spec => spec.kind === 'git' || spec.kind === 'zip' ? [(0,download/* insecureUrlWarning */.Md)(spec.url, 'library')] : []);
    if (wanted.length === 0)
        return { folders, byUrl, releases: [], index: null, warnings: (0,download/* present */.Eb)(urlWarnings) };
    const given = [
        ...(folders.length > 0 ? await (0,libraries/* scanLibraries */.Jz)(folders, 'user') : []),
        ...(await ownerLibraries(request.sketchDirs)),
        ...(await Promise.all(byUrl.map(library => (0,libraries/* loadLibrary */._e)(library.dir, 'user'))))
    ];
    const url = request.indexUrl?.trim() || DEFAULT_LIBRARY_INDEX;
    const loaded = await loadIndex(url, request.indexInput ?? '--library-index', request.indexDir);
    const resolution = resolveLibraries(wanted, loaded.index, given.map(providedBy));
    const warnings = [
        ...urlWarnings,
        (0,download/* insecureUrlWarning */.Md)(url, request.indexInput ?? '--library-index'),
        ...resolution.install.map(({ release }) => (0,download/* insecureUrlWarning */.Md)(release.url, `library "${release.name}@${release.version}"`))
    ];
    return {
        folders,
        byUrl,
        releases: resolution.install,
        index: { url: (0,redact/* redactUrl */.BO)(url), downloaded: loaded.downloaded },
        warnings: (0,download/* present */.Eb)(warnings)
    };
}
/** Installs a plan's releases (a kept archive, else a download, when the tool cache lacks one). */
async function installPlannedLibraries(plan, folders) {
    const installed = [...plan.byUrl];
    for (const { release, requiredBy } of plan.releases)
        installed.push(await installRelease(release, requiredBy, folders));
    return {
        libraryDirs: [...plan.folders, ...installed.map(library => library.dir)],
        installed,
        index: plan.index,
        warnings: plan.warnings
    };
}
async function installLibraries(request) {
    return installPlannedLibraries(await planLibraries(request), request);
}


/***/ })

};
