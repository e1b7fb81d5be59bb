/** Every webmail Rebound reads, and which one serves a page. */
import { fastmail } from './fastmail';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { proton } from './proton';
import { yahoo } from './yahoo';
import type { WebmailAdapter } from './types';

export const ADAPTERS: readonly WebmailAdapter[] = [gmail, outlook, yahoo, proton, fastmail];

export function adapterFor(url: URL): WebmailAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
