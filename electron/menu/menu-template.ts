// The Chinese (or English) application menu as plain data; main.ts turns it into an Electron
// Menu. Kept free of Electron so tests can check labels and shortcuts.
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Language, Translate } from '../../shared/i18n/messages';

/** Electron menu roles the app uses (standard editing, zoom, full screen, quit). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'quit'
  | 'minimize'
  | 'close';

export type MenuItemSpec =
  | { type: 'separator' }
  | { type?: 'normal'; label: string; accelerator?: string; role?: MenuRole; command?: MenuCommand; action?: 'showWorkspaceFolder' }
  | { type: 'radio'; label: string; checked: boolean; language: Language };

export interface MenuSpec {
  label: string;
  submenu: MenuItemSpec[];
}

const SEP = { type: 'separator' } as const;

/**
 * 文件 / 编辑 / 视图 / 帮助 with the shortcuts office users expect (Ctrl+O, Ctrl+I, Ctrl+1…7,
 * Ctrl+C/V/Z). Accelerators use CmdOrCtrl so the same template serves every platform.
 */
export function buildMenuTemplate(t: Translate, language: Language): MenuSpec[] {
  return [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openWorkspace'), accelerator: 'CmdOrCtrl+O', command: 'openWorkspace' },
        { label: t('menu.showWorkspaceFolder'), action: 'showWorkspaceFolder' },
        { label: t('menu.openPackage'), accelerator: 'CmdOrCtrl+Shift+O', command: 'openPackage' },
        { label: t('year.manage'), accelerator: 'CmdOrCtrl+Shift+N', command: 'manageYears' },
        SEP,
        { label: t('menu.importPlan'), accelerator: 'CmdOrCtrl+I', command: 'importPlan' },
        { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', command: 'export' },
        { label: t('menu.importSheets'), command: 'importSheets' },
        SEP,
        { label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', command: 'undo' },
        { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Y', command: 'redo' },
        SEP,
        { label: t('menu.cut'), accelerator: 'CmdOrCtrl+X', role: 'cut' },
        { label: t('menu.copy'), accelerator: 'CmdOrCtrl+C', role: 'copy' },
        { label: t('menu.paste'), accelerator: 'CmdOrCtrl+V', role: 'paste' },
        { label: t('menu.selectAll'), accelerator: 'CmdOrCtrl+A', role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('nav.scheme'), accelerator: 'CmdOrCtrl+1', command: 'screen:scheme' },
        { label: t('nav.people'), accelerator: 'CmdOrCtrl+2', command: 'screen:people' },
        { label: t('nav.scoring'), accelerator: 'CmdOrCtrl+3', command: 'screen:scoring' },
        { label: t('nav.results'), accelerator: 'CmdOrCtrl+4', command: 'screen:results' },
        { label: t('nav.export'), accelerator: 'CmdOrCtrl+5', command: 'screen:export' },
        { label: t('nav.packages'), accelerator: 'CmdOrCtrl+6', command: 'screen:packages' },
        { label: t('nav.settings'), accelerator: 'CmdOrCtrl+7', command: 'screen:settings' },
        SEP,
        { label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+=', role: 'zoomIn' },
        { label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-', role: 'zoomOut' },
        { label: t('menu.resetZoom'), accelerator: 'CmdOrCtrl+0', role: 'resetZoom' },
        { label: t('menu.fullScreen'), accelerator: 'F11', role: 'togglefullscreen' },
        SEP,
        { type: 'radio', label: '中文（简体）', checked: language === 'zh-CN', language: 'zh-CN' },
        { type: 'radio', label: 'English', checked: language === 'en', language: 'en' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [{ label: t('menu.about'), command: 'about' }],
    },
  ];
}
