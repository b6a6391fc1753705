#!/usr/bin/env node
import { main } from './main.js'
import { plainWorkflowCommands } from './plainOutput.js'

// In a workflow step the runner reads workflow commands; anywhere else they are noise.
if (process.env.GITHUB_ACTIONS !== 'true') plainWorkflowCommands(process.stdout)
process.exitCode = await main(process.argv.slice(2))
