/**
 * Vite plugin: renders the welcome screen (renderer/prerender.tsx) into index.html at
 * build time, so the first paint needs no script, as fast as a static page. It holds
 * no ward settings: the language grid and contacts arrive at run time, when React,
 * hydrating the same markup, fills them in.
 */
import { createServer, type Plugin } from 'vite';

const ROOT_DIV = '<div id="root"></div>';

export function prerenderWelcome(root: string): Plugin {
  return {
    name: 'bedside-prerender-welcome',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_DIV))
          throw new Error(`index.html has no ${ROOT_DIV} to pre-render into`);
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true },
        });
        try {
          const module = (await server.ssrLoadModule('/prerender.tsx')) as {
            renderWelcome: () => Promise<string>;
          };
          const markup = await module.renderWelcome();
          return html.replace(ROOT_DIV, `<div id="root">${markup}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
