// Astro's ambient types (`import.meta.env`, `astro:content`) for the TypeScript files of the site.
/// <reference types="astro/client" />
