'use strict';
// The import's memory budget. Node lets the heap grow far past what an import keeps alive (about 60 MB
// for 50,000 rows), so a large file used to peak near 600 MB of RSS; with the heap capped the same import
// peaks near 350 MB and runs no slower. The CLI and the benchmark both run the import under this cap.
const IMPORT_HEAP_MB = 320;
module.exports = { IMPORT_NODE_FLAGS: [`--max-old-space-size=${IMPORT_HEAP_MB}`] };
