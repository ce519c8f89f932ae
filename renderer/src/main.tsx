// Renderer entry: strings first, then the bridge to the core, then the UI.
import '@xterm/xterm/css/xterm.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { selectBridge } from './bridge/selectBridge';
import { setUpI18n } from './i18n/i18nSetup';
import { applyTheme, initialColorScheme } from './layout/useColorScheme';
import { preferences } from './settings/uiPreferences';

setUpI18n();
applyTheme(initialColorScheme(preferences().theme));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App bridge={selectBridge()} />
  </StrictMode>,
);
