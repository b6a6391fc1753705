// The main step, as action.yml names it; the bundle is dist/main/index.js (npm run package).
import './main/index.js'
