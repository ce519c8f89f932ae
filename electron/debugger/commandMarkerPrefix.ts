// Every framing marker starts with this; the framer uses it as a cheap pre-filter.
export const commandMarkerPrefix = 'PSMARK_';
