import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from '../shared/contract/bridge';
import { CALL_NAMES, IPC_CHANNEL } from '../shared/contract/calls';
import { MENU_CHANNEL, MENU_COMMANDS } from '../shared/ui/app-menu';

// The page gets `window.newsdesk` and nothing else: no ipcRenderer, no channel names, no Node.
// Menu commands arrive as plain strings; the bridge passes on only known ones, without the event.
contextBridge.exposeInMainWorld(
  'newsdesk',
  createBridge(CALL_NAMES, (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input), {
    commands: MENU_COMMANDS,
    subscribe(deliver) {
      const listener = (_event: IpcRendererEvent, command: unknown) => deliver(command);
      ipcRenderer.on(MENU_CHANNEL, listener);
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, listener);
    },
  }),
);
