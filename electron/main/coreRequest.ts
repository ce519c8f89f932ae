// The shell's own requests to the core (open a dump, reconnect a recent target) go
// through the same dispatcher and zod validation as the page's, so a path from the
// command line or a drop is checked exactly like one typed into the form. One
// implementation for the in-process shells (this one and the CLI): service/apiDispatcher.
export { requestCore } from '../service/apiDispatcher';
