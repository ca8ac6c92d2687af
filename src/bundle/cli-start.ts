// What bin/mtclean.js starts: the CLI bundle with its code cache. Bundled as
// dist/bundle/cli-start.cjs (scripts/bundle.js), so that bin/mtclean.js stays
// CommonJS and a run never sets up Node's ES module loader.
import { runBundle } from "./load.js";

runBundle("cli");
