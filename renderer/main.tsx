import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { setupI18n } from './i18n/setup';
import { loadApp } from './state/actions';
import { openPackage } from './state/package-actions';
import './styles/app.css';
import './styles/papers.css';

setupI18n('zh-CN');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// A package double-clicked to start the app opens once the office's workspace is loaded.
void loadApp().then(() => openPackage('system'));
