import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/contract/bridge';
import { CALL_NAMES, IPC_CHANNEL } from '../shared/contract/calls';

// The page gets `window.newsdesk` and nothing else: no ipcRenderer, no channel names, no Node.
contextBridge.exposeInMainWorld(
  'newsdesk',
  createBridge(CALL_NAMES, (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input)),
);
