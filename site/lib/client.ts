// Who sent a request, as the request path resolved it behind any trusted proxy (src/http/pipeline.ts, step 2).
import { CLIENT_ADDRESS_HEADER, CLIENT_SCHEME_HEADER } from '../../src/http/pipeline.ts';

interface RequestContext {
  request: Request;
  clientAddress: string;
  url: URL;
}

/** The client's address, for rate limits. Without the request path (`astro dev`), the connection's. */
export function clientAddressOf(context: RequestContext): string {
  return context.request.headers.get(CLIENT_ADDRESS_HEADER) ?? context.clientAddress;
}

/** Whether the client reached the site over https (a cookie is then marked Secure). */
export function reachedOverHttps(context: RequestContext): boolean {
  return (context.request.headers.get(CLIENT_SCHEME_HEADER) ?? context.url.protocol.replace(':', '')) === 'https';
}
