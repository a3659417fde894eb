// Every page is prerendered: the site is static and runs offline.
export const prerender = true;
export const trailingSlash = 'always';
