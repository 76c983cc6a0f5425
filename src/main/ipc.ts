import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNEL } from '../shared/contract/calls';
import type { Router } from './core/router/router';
import type { Sender } from './core/router/trusted-sender';

/**
 * Adapts Electron's ipcMain to the router. The router itself decides whether the sender is
 * trusted; here we only describe the sender faithfully: the frame's URL, and whether it is the
 * top-level frame of one of the app's own windows.
 */
function describeSender(event: IpcMainInvokeEvent, isAppWindow: (contents: WebContents) => boolean): Sender {
  const frame = event.senderFrame;
  return {
    url: frame?.url ?? '',
    isMainFrame: frame !== null && frame.parent === null && isAppWindow(event.sender),
  };
}

export function registerIpc(router: Router, isAppWindow: (contents: WebContents) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) =>
    router.dispatch(name, input, describeSender(event, isAppWindow)),
  );
}
