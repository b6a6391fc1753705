export const id = 918;
export const ids = [918];
export const modules = {

/***/ 9918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installPlatforms: () => (/* binding */ installPlatforms)
});

// UNUSED EXPORTS: DEFAULT_PACKAGE_INDEX, PlatformIndexes, parsePlatformSpec

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/lib/arduino/fqbn.js
var arduino_fqbn = __webpack_require__(2174);
// EXTERNAL MODULE: ./build/lib/arduino/platform.js
var arduino_platform = __webpack_require__(5624);
// EXTERNAL MODULE: ./build/lib/arduino/platformSupport.js
var platformSupport = __webpack_require__(2489);
// EXTERNAL MODULE: ./build/lib/arduino/properties.js
var properties = __webpack_require__(8326);
// EXTERNAL MODULE: ./build/lib/errors.js
var errors = __webpack_require__(1469);
// EXTERNAL MODULE: ./build/lib/files.js
var files = __webpack_require__(3963);
// EXTERNAL MODULE: ./build/lib/redact.js
var redact = __webpack_require__(1059);
// EXTERNAL MODULE: ./build/lib/install/download.js
var download = __webpack_require__(2038);
// EXTERNAL MODULE: ./build/lib/install/indexFetch.js
var indexFetch = __webpack_require__(2010);
// EXTERNAL MODULE: ./build/lib/install/hosts.js
var hosts = __webpack_require__(5167);
// EXTERNAL MODULE: ./build/lib/install/libraryIndex.js
var libraryIndex = __webpack_require__(1111);
// EXTERNAL MODULE: ./build/lib/install/versions.js
var versions = __webpack_require__(7063);
;// CONCATENATED MODULE: ./build/lib/install/packageIndex.js
/**
 * Boards Manager indexes (arduino-cli's `package_index.json`: packages[] with platforms[] and
 * tools[]; a platform names its tools in `toolsDependencies`, a tool has one archive per host in
 * `systems`), read into releases by `packager:arch` and `packager:tool`, newest first. Several
 * indexes merge into one, as arduino-cli's additional URLs do. Pure.
 */



function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function packageIndex_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
/** package_index.json writes sizes as strings ("7127080"); numbers are taken too. */
function sizeOf(value) {
    const size = typeof value === 'string' ? Number(value) : value;
    return typeof size === 'number' && Number.isInteger(size) && size >= 0 ? size : null;
}
function downloadOf(entry) {
    const url = packageIndex_text(entry.url);
    const size = sizeOf(entry.size);
    const sha256 = (0,libraryIndex/* sha256OfChecksum */.es)(entry.checksum);
    if (url === null || size === null || sha256 === null)
        return null;
    return { url, archiveFileName: packageIndex_text(entry.archiveFileName) ?? '', size, sha256 };
}
function toolReferences(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isObject).flatMap(dep => {
        const [packager, name, version] = [packageIndex_text(dep.packager), packageIndex_text(dep.name), packageIndex_text(dep.version)];
        return packager === null || name === null || version === null ? [] : [{ packager, name, version }];
    });
}
function platformOf(packager, entry) {
    const download = downloadOf(entry);
    const [arch, version] = [packageIndex_text(entry.architecture), packageIndex_text(entry.version)];
    if (download === null || arch === null || version === null || (0,versions/* toSemver */.Ud)(version) === null)
        return null;
    return {
        ...download,
        packager,
        arch,
        name: packageIndex_text(entry.name) ?? `${packager}:${arch}`,
        version,
        toolsDependencies: toolReferences(entry.toolsDependencies)
    };
}
function toolOf(packager, entry) {
    const [name, version] = [packageIndex_text(entry.name), packageIndex_text(entry.version)];
    if (name === null || version === null || !Array.isArray(entry.systems))
        return null;
    const systems = entry.systems.filter(isObject).flatMap(system => {
        const host = packageIndex_text(system.host);
        const download = downloadOf(system);
        return host === null || download === null ? [] : [{ ...download, host }];
    });
    return { packager, name, version, systems };
}
function add(map, key, release) {
    const releases = map.get(key) ?? [];
    if (!releases.some(known => known.version === release.version))
        releases.push(release);
    map.set(key, releases);
}
function emptyPackageIndex() {
    return { sources: [], platforms: new Map(), tools: new Map() };
}
/** Adds one index's text to `into` (earlier indexes win a release both list, as arduino-cli's do). */
function addPackageIndex(into, textOfIndex, input, source) {
    const json = (0,libraryIndex/* parseJsonIndex */.Ac)(textOfIndex, input, source);
    if (!Array.isArray(json.packages))
        throw new errors/* UsageError */.eb(`${input}: ${source} is not a package index (no "packages" list)`);
    for (const pkg of json.packages.filter(isObject)) {
        const packager = packageIndex_text(pkg.name);
        if (packager === null)
            continue;
        for (const entry of Array.isArray(pkg.platforms) ? pkg.platforms.filter(isObject) : []) {
            const release = platformOf(packager, entry);
            if (release !== null)
                add(into.platforms, `${packager}:${release.arch}`, release);
        }
        for (const entry of Array.isArray(pkg.tools) ? pkg.tools.filter(isObject) : []) {
            const release = toolOf(packager, entry);
            if (release !== null)
                add(into.tools, `${packager}:${release.name}`, release);
        }
    }
    for (const releases of [...into.platforms.values(), ...into.tools.values()])
        releases.sort((a, b) => (0,versions/* byVersionDescending */.ou)(a.version, b.version));
    into.sources.push(source);
    return into;
}

// EXTERNAL MODULE: ./build/lib/install/sources.js
var sources = __webpack_require__(7246);
// EXTERNAL MODULE: ./build/lib/install/archive.js + 2 modules
var install_archive = __webpack_require__(5623);
// EXTERNAL MODULE: ./build/lib/install/safeTree.js
var safeTree = __webpack_require__(4659);
;// CONCATENATED MODULE: ./build/lib/install/platforms.js
/**
 * Installs platforms from Boards Manager indexes: the ones asked for (`packager:arch[@version]`) and
 * the FQBN's own when no platform folder provides it, then a core or variant another packager's
 * platform provides (`build.core=arduino:arduino`), then the tools their build recipes use (from
 * `toolsDependencies`, the archive for this host). Each archive is verified like the toolchain's
 * and kept in the tool cache; platforms land at `hardware/<packager>/<arch>` so their folder names
 * them. Every tool is checked for this host before anything is downloaded, and a platform that
 * cannot be built (a compiler that is not GCC) fails before its tools are fetched.
 */
















/** Arduino's Boards Manager index, searched after any index the user names. */
const DEFAULT_PACKAGE_INDEX = 'https://downloads.arduino.cc/packages/package_index.json';
const SPEC = /^([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?:@(.+))?$/;
const DEFAULT_INPUTS = { platform: '--platform', index: '--platform-index' };
function parsePlatformSpec(text, input) {
    const match = SPEC.exec(text.trim());
    if (match === null)
        throw new errors/* UsageError */.eb(`${input} "${text}": expected PACKAGER:ARCH or PACKAGER:ARCH@VERSION`);
    return { packager: match[1] ?? '', arch: match[2] ?? '', version: match[3]?.trim() || null };
}
function idOf(spec) {
    return `${spec.packager}:${spec.arch}`;
}
/** A platform or tool archive as installArchive takes it. Pure. */
function archiveOf(name, version, download, label) {
    let format;
    try {
        format = (0,sources/* archiveFormatOf */.ji)(download.url, label);
    }
    catch {
        format = (0,sources/* archiveFormatOf */.ji)(`file:///${download.archiveFileName}`, label);
    }
    return { name, version, url: download.url, sha256: download.sha256, size: download.size, format };
}
/**
 * The indexes a request names (kept copies when fresh), and Arduino's on demand: for a platform or a
 * tool the others lack (third-party platforms depend on Arduino's avr-gcc, as in arduino-cli).
 */
class PlatformIndexes {
    request;
    index = emptyPackageIndex();
    defaultLoaded = false;
    unreadable = null;
    texts = (0,external_node_crypto_.createHash)('sha256');
    /** Plain-http indexes read (download.ts). */
    insecure = [];
    downloaded = false;
    constructor(request) {
        this.request = request;
    }
    async add(url) {
        const input = this.request.inputs?.index ?? DEFAULT_INPUTS.index;
        const fetched = await (0,indexFetch/* fetchIndex */.RG)(url, input, {
            keepDir: this.request.indexDir ?? null,
            // Parsed into a scratch index first: a bad index adds nothing and is not kept.
            parse: text => {
                addPackageIndex(emptyPackageIndex(), text, input, (0,redact/* redactUrl */.BO)(url));
                return text;
            }
        });
        this.downloaded ||= fetched.downloaded;
        this.insecure.push((0,download/* insecureUrlWarning */.Md)(url, input));
        this.texts.update(fetched.index).update('\u0000');
        addPackageIndex(this.index, fetched.index, input, (0,redact/* redactUrl */.BO)(url));
    }
    static async load(request) {
        const indexes = new PlatformIndexes(request);
        for (const url of request.indexUrls)
            await indexes.add(url);
        return indexes;
    }
    /** A digest of the indexes' content: with the request, it decides every release installed. */
    digest() {
        return this.texts.copy().digest('hex');
    }
    /** Arduino's own index, once. Unreachable, it only adds its reason to "no such platform/tool". */
    async loadDefault() {
        if (this.defaultLoaded)
            return;
        this.defaultLoaded = true;
        const url = this.request.fallbackIndexUrl ?? DEFAULT_PACKAGE_INDEX;
        try {
            await this.add(url);
        }
        catch (error) {
            this.unreadable = `${(0,redact/* redactUrl */.BO)(url)} unreadable: ${error.message}`;
        }
    }
    /** The releases of `key`, looking in Arduino's own index only when the others lack it. */
    async platformReleases(id) {
        if (!this.index.platforms.has(id))
            await this.loadDefault();
        return this.index.platforms.get(id) ?? [];
    }
    findTool(packager, name, version) {
        return this.index.tools.get(`${packager}:${name}`)?.find(tool => tool.version === version) ?? null;
    }
    /** A tool release, looking in Arduino's own index only when the others lack it. */
    async tool(packager, name, version) {
        if (this.findTool(packager, name, version) === null)
            await this.loadDefault();
        return this.findTool(packager, name, version);
    }
    get sources() {
        return [...this.index.sources, ...(this.unreadable === null ? [] : [this.unreadable])].join(', ');
    }
}
async function pickPlatform(spec, indexes, input) {
    const label = `${input} ${idOf(spec)}${spec.version === null ? '' : `@${spec.version}`}`;
    const releases = await indexes.platformReleases(idOf(spec));
    if (releases.length === 0)
        throw new errors/* UsageError */.eb(`${label}: no such platform in the package indexes (${indexes.sources})`);
    const release = spec.version === null ? releases[0] : releases.find(r => r.version === spec.version);
    if (release === undefined) {
        const versions = releases.map(r => r.version).join(', ');
        throw new errors/* UsageError */.eb(`${label}: no such version (versions: ${versions})`);
    }
    return release;
}
/** Every tool a platform depends on, with this host's archive: all are checked before any download. */
async function toolsFor(release, indexes, host) {
    const label = `platform ${release.packager}:${release.arch}@${release.version}`;
    const choices = [];
    for (const ref of release.toolsDependencies) {
        const tool = await indexes.tool(ref.packager, ref.name, ref.version);
        if (tool === null)
            throw new errors/* UsageError */.eb(`${label} needs tool ${ref.packager}:${ref.name}@${ref.version}, which no index lists (${indexes.sources})`);
        const system = (0,hosts/* systemForHost */.J)(tool.systems, host);
        if (system === null) {
            const hosts = tool.systems.map(s => s.host).join(', ') || 'none';
            throw new errors/* UsageError */.eb(`${label} needs tool ${ref.packager}:${ref.name}@${ref.version}, which has no build for this host (${host}; it has: ${hosts})`);
        }
        choices.push({ tool, system });
    }
    return choices;
}
/** `runtime.tools.<name>[-<version>].path` names the recipes use, across the platforms' properties. */
function toolsUsedBy(platforms) {
    const used = new Set();
    for (const platform of platforms) {
        for (const [key, value] of platform.properties) {
            // tools.* are upload and burn-bootloader tools: not needed to build.
            if (key.startsWith('tools.'))
                continue;
            for (const match of value.matchAll(/\{runtime\.tools\.([^}]+)\.path\}/g))
                if (match[1])
                    used.add(match[1]);
        }
    }
    return used;
}
/** The C compiler a platform's recipes run (`compiler.c.cmd`, e.g. arm-none-eabi-gcc). */
function compilerDriverOf(platform) {
    const command = (0,properties/* expandProperties */.o3)(platform.properties.get('compiler.c.cmd') ?? 'avr-gcc', platform.properties);
    return external_node_path_.basename(command.trim());
}
/** The packager another platform's core or variant comes from (`build.core=arduino:arduino`), if any. */
function referencedPackagers(platform, board) {
    const props = platform.boards.get(board);
    if (props === undefined)
        return [];
    return ['build.core', 'build.variant'].flatMap(key => {
        const value = (0,properties/* expandProperties */.o3)(props.get(key) ?? '', props);
        const colon = value.indexOf(':');
        return colon > 0 ? [value.slice(0, colon)] : [];
    });
}
async function installPlatforms(request, loaded) {
    const fqbn = (0,arduino_fqbn/* parseFqbn */.D)(request.fqbn);
    const given = await Promise.all(request.givenCoreDirs.map(dir => (0,arduino_platform/* loadPlatform */.G)(dir)));
    const wanted = wantedPlatforms(request, fqbn, given);
    const sum = {
        coreDirs: [],
        packages: [],
        toolProperties: [],
        toolchainDir: null,
        toolchainSha256: null,
        warnings: []
    };
    if (wanted.length === 0)
        return { ...sum, indexDownloaded: false, warnings: [] };
    const indexes = loaded ?? (await PlatformIndexes.load(request));
    const installed = await installCores(wanted, new Set(given.map(idOf)), fqbn, indexes, request, sum);
    const platforms = [...given, ...installed.map(entry => entry.platform)];
    const board = installed.find(entry => idOf(entry.release) === idOf(fqbn));
    if (board !== undefined)
        assertBuildable(board, platforms);
    const driver = board === undefined ? 'avr-gcc' : compilerDriverOf(board.platform);
    await installTools(installed, toolsUsedBy(platforms), driver, request, sum);
    return {
        ...sum,
        indexDownloaded: indexes.downloaded,
        warnings: (0,download/* present */.Eb)([...indexes.insecure, ...sum.warnings])
    };
}
/** The platforms asked for, and the FQBN's own unless a given folder provides it. */
function wantedPlatforms(request, fqbn, given) {
    const input = (request.inputs ?? DEFAULT_INPUTS).platform;
    const wanted = request.platforms.map(text => parsePlatformSpec(text, input));
    const fqbnId = idOf(fqbn);
    if (!given.some(platform => idOf(platform) === fqbnId) && !wanted.some(spec => idOf(spec) === fqbnId))
        wanted.push({ packager: fqbn.packager, arch: fqbn.arch, version: null });
    return wanted;
}
/**
 * Installs each wanted platform not already provided, and then the platforms the FQBN's own
 * references for its core or variant (`build.core=arduino:arduino`).
 */
async function installCores(wanted, provided, fqbn, indexes, request, sum) {
    const choice = (request.inputs ?? DEFAULT_INPUTS).platform;
    const installed = [];
    for (let spec = wanted.shift(); spec !== undefined; spec = wanted.shift()) {
        const id = idOf(spec);
        if (provided.has(id))
            continue;
        provided.add(id);
        const release = await pickPlatform(spec, indexes, choice);
        const tools = await toolsFor(release, indexes, request.host);
        const label = `platform ${id}@${release.version}`;
        sum.warnings.push((0,download/* insecureUrlWarning */.Md)(release.url, label));
        const archive = archiveOf(`${release.packager}-${release.arch}-core`, release.version, release, label);
        const done = await (0,install_archive/* installArchive */.Gx)(archive, {
            toolCache: request.toolCache,
            inputs: { url: label, sha256: label },
            toolCacheArch: 'noarch',
            archiveDir: request.archiveDir,
            expect: 'boards.txt',
            layout: external_node_path_.join('hardware', release.packager, release.arch),
            limits: safeTree/* PACKAGE_LIMITS */.eC
        });
        const platform = await (0,arduino_platform/* loadPlatform */.G)(done.dir, { packager: release.packager, arch: release.arch });
        installed.push({ release, platform, tools });
        sum.coreDirs.push(done.dir);
        sum.packages.push({
            id,
            kind: 'platform',
            version: release.version,
            url: (0,redact/* redactUrl */.BO)(release.url),
            checksum: `SHA-256:${release.sha256}`,
            dir: done.dir,
            from: done.source
        });
        if (id === idOf(fqbn))
            for (const packager of referencedPackagers(platform, fqbn.board))
                wanted.push({ packager, arch: fqbn.arch, version: null });
    }
    return installed;
}
/** A board platform that needs what fbuild-action cannot do fails before any tool is downloaded. */
function assertBuildable(board, platforms) {
    const fqbnId = idOf(board.release);
    // arduino-cli's layering: a referenced core's platform.txt under the board platform's.
    const layers = [...platforms.filter(p => idOf(p) !== fqbnId), board.platform];
    const missing = (0,platformSupport/* unsupportedPlatformFeatures */.k)(layers.map(p => p.properties));
    if (missing.length > 0) {
        throw new errors/* UsageError */.eb(`platform ${fqbnId}@${board.release.version} cannot be built by fbuild-action yet: ${missing.join('; ')}`);
    }
}
/**
 * Installs the tools the platforms' recipes use (each version once), sets arduino-cli's
 * `runtime.tools.*` properties, and takes the first whose bin/ holds `driver` as the toolchain.
 */
async function installTools(installed, used, driver, request, sum) {
    const seen = new Set();
    for (const { tool, system } of installed.flatMap(entry => entry.tools)) {
        const versioned = `${tool.name}-${tool.version}`;
        if (!(used.has(tool.name) || used.has(versioned)) || seen.has(versioned))
            continue;
        seen.add(versioned);
        const label = `tool ${tool.packager}:${tool.name}@${tool.version}`;
        sum.warnings.push((0,download/* insecureUrlWarning */.Md)(system.url, label));
        const done = await (0,install_archive/* installArchive */.Gx)(archiveOf(tool.name, tool.version, system, label), {
            toolCache: request.toolCache,
            inputs: { url: label, sha256: label },
            toolCacheArch: request.host,
            archiveDir: request.archiveDir,
            expect: '',
            layout: '',
            limits: safeTree/* PACKAGE_LIMITS */.eC
        });
        sum.toolProperties.push([`runtime.tools.${tool.name}.path`, done.dir], [`runtime.tools.${versioned}.path`, done.dir]);
        sum.packages.push({
            id: `${tool.packager}:${tool.name}`,
            kind: 'tool',
            version: tool.version,
            url: (0,redact/* redactUrl */.BO)(system.url),
            checksum: `SHA-256:${system.sha256}`,
            dir: done.dir,
            from: done.source
        });
        if (sum.toolchainDir === null && (await (0,files/* pathExists */.s0)(external_node_path_.join(done.dir, 'bin', driver)))) {
            sum.toolchainDir = done.dir;
            sum.toolchainSha256 = system.sha256;
        }
    }
}


/***/ })

};
