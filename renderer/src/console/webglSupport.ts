// Whether the WebGL renderer is worth it here. On a software rasterizer
// (SwiftShader, llvmpipe: no GPU, a VM, a remote desktop, Chromium with
// --disable-gpu) xterm's WebGL renderer is slower than its DOM renderer —
// measured in `npm run bench -- consoleStream` — so it is used only on a real GPU.
const softwareRenderers = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function webglRendererName(doc: Document = document): string | null {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function hasHardwareWebgl(rendererName: string | null): boolean {
  return rendererName !== null && !softwareRenderers.test(rendererName);
}
