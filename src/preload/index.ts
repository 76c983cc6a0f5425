import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type Subscribe } from '../shared/contract/bridge';
import { CALL_NAMES, IPC_CHANNEL } from '../shared/contract/calls';
import { MENU_CHANNEL, MENU_COMMANDS } from '../shared/ui/app-menu';
import { SPELLING_CHANNEL } from '../shared/ui/context-menu';

/** What main sends on `channel`, without the event (which would hand the page `ipcRenderer`'s sender). */
const subscribeTo =
  (channel: string): Subscribe =>
  (deliver) => {
    const listener = (_event: IpcRendererEvent, message: unknown) => deliver(message);
    ipcRenderer.on(channel, listener);
    return () => void ipcRenderer.removeListener(channel, listener);
  };

// The page gets `window.newsdesk` and nothing else: no ipcRenderer, no channel names, no Node.
// Menu commands arrive as plain strings and spelling choices as two strings; the bridge passes on
// only well-formed ones.
contextBridge.exposeInMainWorld(
  'newsdesk',
  createBridge(CALL_NAMES, (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input), {
    commands: MENU_COMMANDS,
    subscribe: subscribeTo(MENU_CHANNEL),
    subscribeToSpelling: subscribeTo(SPELLING_CHANNEL),
  }),
);
