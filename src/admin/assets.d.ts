/// <reference types="vite/client" />
// The admin is bundled by Vite: an imported image is its URL, import.meta.glob reads files at build time.
