// The post step, as action.yml names it; the bundle is dist/post/index.js (npm run package).
import './post/index.js'
