// The map runs in the browser only: the page is a prerendered shell that loads the data folder.
export const ssr = false;
