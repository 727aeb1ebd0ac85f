import { ensureBuild } from './next-build';

// The browser tests' server: rebuilt only when the sources changed since the last build.
ensureBuild('.next', false);
