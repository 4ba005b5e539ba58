import type { Provider } from '@lexical/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { forgetRemoteClocksOnClose } from '../presence/forgetRemoteClocksOnClose.ts';
import { collabServerUrl } from './collabServerUrl.ts';

export type ProviderFactory = (id: string, yjsDocMap: Map<string, Y.Doc>) => Provider;

/**
 * The `providerFactory` for CollaborationPlugin: one Y.Doc per document id,
 * put in the plugin's map as it requires, and a y-websocket provider created
 * with `connect: false` because the plugin connects it itself (and which,
 * after a reconnect, shows the others at once: `forgetRemoteClocksOnClose`).
 * `onProvider` hands the provider to the app for status and presence.
 */
export function createProviderFactory(onProvider: (provider: WebsocketProvider) => void): ProviderFactory {
  return (id, yjsDocMap) => {
    let doc = yjsDocMap.get(id);
    if (doc === undefined) {
      doc = new Y.Doc();
      yjsDocMap.set(id, doc);
    }
    // No BroadcastChannel between tabs: every change goes through the server's write policy, and a
    // document reloaded after a refusal must not get the refused change back from another tab.
    const provider = new WebsocketProvider(collabServerUrl(), id, doc, { connect: false, disableBc: true });
    // For the provider's lifetime: after a reconnect, the people in the room show up at once.
    forgetRemoteClocksOnClose(provider);
    onProvider(provider);
    // y-websocket's awareness and event typings are wider than @lexical/yjs's Provider.
    return provider as unknown as Provider;
  };
}
