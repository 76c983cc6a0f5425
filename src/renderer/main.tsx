import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { newsdesk, unwrap } from './api/newsdesk';
import { initI18n } from './i18n/i18n';
import { applyTheme } from './theme/theme';
import './styles.css';

async function boot(): Promise<void> {
  const settings = await unwrap(newsdesk().settings.get({}));
  applyTheme(settings.theme);
  await initI18n(settings.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
