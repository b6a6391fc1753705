#!/usr/bin/env node
// The CLI as published: the bundled build, so no TypeScript toolchain is needed to run it.
import '../dist/cli/index.js'
