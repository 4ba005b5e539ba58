import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/tokens.css';
import './styles/app.css';
import './styles/editor.css';
import './styles/comments.css';
import './styles/threads.css';
import './styles/composer.css';
import './styles/invitations.css';
import './styles/meeting.css';
import './styles/versions.css';
import './styles/export.css';
import './styles/live-meeting.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// No <StrictMode>: its double-mounted effects would open two collaboration
// providers for one editor (see TOOLCHAIN.md).
createRoot(container).render(<App />);
