// Whether the WebGL renderer is worth it here. On a software rasterizer
// (SwiftShader, llvmpipe: no GPU, a VM, a remote desktop, Chromium with
// --disable-gpu) xterm's WebGL renderer is slower than its DOM renderer —
// measured in `npm run bench -- consoleStream` — so it is used only on a real GPU.
const softwareRenderers = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** `rendererName`: WebGL's UNMASKED_RENDERER string, null when WebGL is unavailable. */
export function hasHardwareWebgl(rendererName: string | null): boolean {
  return rendererName !== null && !softwareRenderers.test(rendererName);
}
